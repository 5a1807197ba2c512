using DNArch.Engine.Runs;

namespace DNArch.Engine.Reporting;

/// <summary>
/// One line of a per-block plot over epochs: one block, one spatial dimension (2-D kernels and resolutions get a
/// line per dimension), with points only at the epochs where the block was computed: a skipped block has no kernel,
/// width or resolution of its own.
/// </summary>
public sealed record BlockSeries(string Label, IReadOnlyList<double> Epochs, IReadOnlyList<double> Values)
{
    /// <param name="sizes">Per epoch, per block, per dimension: the size to plot (one dimension for widths).</param>
    public static IReadOnlyList<BlockSeries> Of(IReadOnlyList<EpochMetrics> history, Func<EpochMetrics, IReadOnlyList<IReadOnlyList<int>>> sizes)
    {
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(sizes);
        if (history.Count == 0) return [];
        var blocks = history.Min(h => sizes(h).Count);
        var dimensions = sizes(history[0]).Take(blocks).Select(b => b.Count).DefaultIfEmpty(0).Max();
        var series = new List<BlockSeries>();
        for (var b = 0; b < blocks; b++)
            for (var d = 0; d < dimensions; d++)
            {
                var active = history.Where(h => b < h.Depth && d < sizes(h)[b].Count).ToList();
                var label = dimensions == 1 ? $"block {b}" : $"block {b}, dim {d + 1}";
                series.Add(new BlockSeries(label, [.. active.Select(h => (double)h.Epoch)], [.. active.Select(h => (double)sizes(h)[b][d])]));
            }
        return series;
    }
}
