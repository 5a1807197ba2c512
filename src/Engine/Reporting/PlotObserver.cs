using DNArch.Abstractions.Architecture;
using DNArch.Engine.Runs;
using DNArch.Engine.Search;

namespace DNArch.Engine.Reporting;

/// <summary>
/// PNG plots in <c>run/plots</c>, redrawn after every epoch (<see cref="RunPlots"/>): kernel size, width and output
/// resolution per block, FLOPs and depth, params, losses and the validation figure over epochs, and the architecture now.
/// </summary>
public sealed class PlotObserver : ISearchObserver
{
    readonly List<EpochMetrics> history = [];
    RunPlots? plots;

    public void OnStart(RunStart start)
    {
        ArgumentNullException.ThrowIfNull(start);
        plots = new RunPlots(start.Run.Combine("plots"), start.Initial, start.BudgetMetric, start.BudgetTarget);
        history.Clear();
        history.AddRange(start.Run.ReadMetrics());
    }

    public void OnEpoch(EpochMetrics metrics, ArchitectureRecord architecture, IReadOnlyDictionary<string, float> architectureParameters)
    {
        ArgumentNullException.ThrowIfNull(metrics);
        ArgumentNullException.ThrowIfNull(architecture);
        history.Add(metrics);
        plots?.Draw(history, architecture);
    }

    public void OnFinished(RunDirectory run, ArchitectureRecord architecture, IReadOnlyList<EpochMetrics> history) =>
        plots?.Draw(this.history, architecture);
}
