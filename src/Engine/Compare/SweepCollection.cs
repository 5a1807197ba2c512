namespace DNArch.Engine.Compare;

/// <summary>What <c>compare --collect</c> found in a sweep folder: the finished runs as table rows, and the rest.</summary>
public sealed record SweepCollection(string Directory, IReadOnlyList<ComparisonRow> Rows, IReadOnlyList<UnfinishedTask> Unfinished)
{
    public bool Complete => Unfinished.Count == 0;
}
