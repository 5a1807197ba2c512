using static TorchSharp.torch;

namespace DNArch.Plugins.Datasets.Common;

/// <summary>Turns table rows into one batch tensor.</summary>
public static class Batches
{
    /// <summary>Rows of <paramref name="table"/> as <c>[B, Channels, *shape]</c> float32, optionally normalised.</summary>
    public static Tensor Stack(ExampleTable table, ReadOnlySpan<int> rows, IReadOnlyList<int> shape, ChannelNormaliser? normaliser)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(shape);
        var values = new float[rows.Length * table.RowLength];
        for (var i = 0; i < rows.Length; i++)
        {
            var row = values.AsSpan(i * table.RowLength, table.RowLength);
            table.CopyRow(rows[i], row);
            normaliser?.Apply(row, table.Positions);
        }
        long[] dimensions = [rows.Length, table.Channels, .. shape.Select(s => (long)s)];
        return tensor(values, dimensions);
    }
}
