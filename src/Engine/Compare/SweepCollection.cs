namespace DNArch.Engine.Compare;

/// <summary>
/// What <c>compare --collect</c> found in a sweep folder: the finished runs as table rows, their aggregated
/// <paramref name="Table"/> (as the <c>compare.md</c> written there has it), and the tasks without a result.
/// </summary>
public sealed record SweepCollection(string Directory, IReadOnlyList<ComparisonRow> Rows, IReadOnlyList<UnfinishedTask> Unfinished, ComparisonTable Table)
{
    public bool Complete => Unfinished.Count == 0;

    /// <summary>The unfinished tasks counted by outcome, e.g. "2 failed, 1 still queued or running".</summary>
    public string UnfinishedCounts =>
        string.Join(", ", Unfinished.GroupBy(u => u.Outcome).Select(g => $"{g.Count()} {UnfinishedTask.Label(g.Key)}"));
}
