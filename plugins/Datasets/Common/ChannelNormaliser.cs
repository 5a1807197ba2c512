namespace DNArch.Plugins.Datasets.Common;

/// <summary>Per-channel standardisation <c>(x - mean) / std</c> with statistics of the training split only.</summary>
public sealed class ChannelNormaliser
{
    readonly float[] means;
    readonly float[] scales;

    ChannelNormaliser(float[] means, float[] scales)
    {
        this.means = means;
        this.scales = scales;
    }

    public IReadOnlyList<float> Means => means;

    /// <summary>Statistics of <paramref name="rows"/> of <paramref name="table"/>, padding included (the model sees it too).</summary>
    public static ChannelNormaliser Fit(ExampleTable table, IReadOnlyList<int> rows)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(rows);
        var sum = new double[table.Channels];
        var squares = new double[table.Channels];
        var row = new float[table.RowLength];
        foreach (var r in rows)
        {
            table.CopyRow(r, row);
            for (var c = 0; c < table.Channels; c++)
            {
                foreach (var v in row.AsSpan(c * table.Positions, table.Positions))
                {
                    sum[c] += v;
                    squares[c] += (double)v * v;
                }
            }
        }
        var count = Math.Max(1.0, (double)rows.Count * table.Positions);
        var means = sum.Select(s => (float)(s / count)).ToArray();
        var scales = sum.Zip(squares, (s, q) => Math.Sqrt(Math.Max(0, q / count - s / count * (s / count))))
            .Select(std => (float)(std > 1e-12 ? 1 / std : 1))
            .ToArray();
        return new ChannelNormaliser(means, scales);
    }

    /// <summary>A normaliser with given per-channel <paramref name="means"/> and standard deviations (a task's published constants).</summary>
    public static ChannelNormaliser Fixed(float[] means, float[] deviations)
    {
        ArgumentNullException.ThrowIfNull(deviations);
        return new ChannelNormaliser(means, deviations.Select(d => 1 / d).ToArray());
    }

    public void Apply(Span<float> row, int positions)
    {
        for (var c = 0; c < means.Length; c++)
        {
            var channel = row.Slice(c * positions, positions);
            for (var p = 0; p < channel.Length; p++)
                channel[p] = (channel[p] - means[c]) * scales[c];
        }
    }
}
