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
    string RunDirectory);
