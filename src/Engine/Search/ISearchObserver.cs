using DNArch.Abstractions.Architecture;
using DNArch.Engine.Runs;

namespace DNArch.Engine.Search;

/// <summary>What a run looks like as it starts.</summary>
public sealed record RunStart(RunDirectory Run, int Epochs, int StepsPerEpoch, int StartEpoch, ArchitectureRecord Initial, string? BudgetMetric, double? BudgetTarget);

/// <summary>One training step.</summary>
public sealed record StepProgress(int Epoch, int Step, int StepsPerEpoch, double Loss, double ComplexityLoss, TimeSpan Elapsed)
{
    /// <summary>The weights' learning rate of the step (schedule included).</summary>
    public double LearningRate { get; init; }
}

/// <summary>
/// Watches a run: console progress, TensorBoard, plots. Observers only read; the run directory's contract files
/// are the trainer's.
/// </summary>
public interface ISearchObserver
{
    void OnStart(RunStart start) { }

    void OnStep(StepProgress step) { }

    void OnEpoch(EpochMetrics metrics, ArchitectureRecord architecture, IReadOnlyDictionary<string, float> architectureParameters) { }

    void OnFinished(RunDirectory run, ArchitectureRecord architecture, IReadOnlyList<EpochMetrics> history) { }
}
