using DNArch.Abstractions.Architecture;

namespace DNArch.Engine.Compare;

/// <summary>One finished combination of a comparison: what <c>compare.md</c> and <c>compare.csv</c> hold.</summary>
public sealed record ComparisonRow(
    string Name,
    IReadOnlyDictionary<string, string?> Settings,
    string Metric,
    double Value,
    long Params,
    long Flops,
    int Depth,
    int MaxDepth,
    double Seconds,
    string RunDirectory)
{
    /// <summary>The row of a finished search: its first test figure, its realised network's size.</summary>
    public static ComparisonRow Of(string name, IReadOnlyDictionary<string, string?> settings, ArchitectureRecord record, double seconds, string runDirectory)
    {
        ArgumentNullException.ThrowIfNull(record);
        var (metric, value) = TestFigure(record) ?? ("", 0);
        return new ComparisonRow(name, settings, metric, value, record.Params, record.Flops, record.Depth, record.MaxDepth, seconds, runDirectory);
    }

    /// <summary>The first test figure; only the final <c>architecture.json</c> of a search has one.</summary>
    public static (string Metric, double Value)? TestFigure(ArchitectureRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return record.Metrics.Where(m => m.Key.StartsWith("test", StringComparison.Ordinal)).Select(m => ((string, double)?)(m.Key, m.Value)).FirstOrDefault();
    }
}
