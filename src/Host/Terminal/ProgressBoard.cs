using DNArch.Abstractions.Architecture;
using DNArch.Engine.Runs;
using DNArch.Engine.Search;

namespace DNArch.Host.Terminal;

/// <summary>The latest state of the running search, for the terminal to show; written by the trainer's thread.</summary>
public sealed class ProgressBoard : ISearchObserver
{
    readonly Lock gate = new();
    RunStart? start;
    StepProgress? step;
    EpochMetrics? epoch;

    public event Action<string>? Line;

    public (RunStart? Start, StepProgress? Step, EpochMetrics? Epoch) Snapshot()
    {
        lock (gate) return (start, step, epoch);
    }

    public void OnStart(RunStart start)
    {
        lock (gate) this.start = start;
        var budget = start.BudgetMetric is null ? "no budget" : $"budget {start.BudgetMetric} ≤ {start.BudgetTarget:N0}";
        Line?.Invoke($"run {start.Run.Path}: {start.Epochs} epochs × {start.StepsPerEpoch} steps, supernet {start.Initial.MaxMacs:N0} MACs, {budget}");
    }

    public void OnStep(StepProgress step)
    {
        lock (gate) this.step = step;
    }

    public void OnEpoch(EpochMetrics metrics, ArchitectureRecord architecture, IReadOnlyDictionary<string, float> architectureParameters)
    {
        lock (gate) epoch = metrics;
        Line?.Invoke(Describe(metrics, architecture));
    }

    public static string Describe(EpochMetrics m, ArchitectureRecord a)
    {
        var figure = m.ValAccuracy is { } acc ? $"val acc {TaskFigures.Format("accuracy", acc)}" : $"val err {TaskFigures.Format("error", m.ValError ?? double.NaN)}";
        return $"epoch {m.Epoch}: train loss {m.TrainLoss:0.####}, val loss {m.ValLoss:0.####}, {figure}, " +
               $"FLOPs {m.Macs:N0} ({100.0 * m.Macs / Math.Max(1, a.MaxMacs):0.#}%), params {m.Params:N0}, depth {m.Depth}, {m.Seconds:0.#} s";
    }
}
