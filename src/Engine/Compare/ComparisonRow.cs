using System.Text.Json;
using DNArch.Abstractions.Architecture;
using DNArch.Engine.Runs;

namespace DNArch.Engine.Compare;

/// <summary>One finished search of a comparison: its final architecture and figures, its epochs, its budget.</summary>
public sealed record ComparisonRow(ComparisonRun Run, ArchitectureRecord Record, IReadOnlyList<EpochMetrics> History, RunBudget? Budget, string RunDirectory)
{
    /// <summary>The task figure's name: <c>Accuracy</c> (classification) or <c>Error</c> (dense prediction).</summary>
    public string Figure => TestFigure(Record)?.Metric["test".Length..] ?? "";

    public double Val => Record.Metrics.GetValueOrDefault("val" + Figure, double.NaN);

    public double Test => Record.Metrics.GetValueOrDefault("test" + Figure, double.NaN);

    /// <summary>Training time, from <c>metrics.jsonl</c>.</summary>
    public double Seconds => History.Sum(h => h.Seconds);

    /// <summary>
    /// The row of the search in <paramref name="runDirectory"/>, or null when it has not finished: a run directory
    /// holds its final architecture (with test figures) only then. Read without <see cref="Runs.RunDirectory.Open"/>,
    /// which would tidy the folder of a search that may still be running.
    /// </summary>
    public static ComparisonRow? Read(ComparisonRun run, string runDirectory)
    {
        ArgumentNullException.ThrowIfNull(run);
        var directory = Runs.RunDirectory.AsItStands(runDirectory);
        if (!File.Exists(directory.Architecture)) return null;
        var record = JsonSerializer.Deserialize<ArchitectureRecord>(File.ReadAllText(directory.Architecture), Runs.RunDirectory.Json);
        if (record is null || TestFigure(record) is null) return null;
        var budget = File.Exists(directory.Configuration) ? RunBudget.Of(RunConfiguration.Load(directory), record) : null;
        return new ComparisonRow(run, record, directory.ReadMetrics(), budget, directory.Path);
    }

    /// <summary>The first test figure; only the final <c>architecture.json</c> of a search has one.</summary>
    public static (string Metric, double Value)? TestFigure(ArchitectureRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return record.Metrics.Where(m => m.Key.StartsWith("test", StringComparison.Ordinal)).Select(m => ((string, double)?)(m.Key, m.Value)).FirstOrDefault();
    }
}
