namespace DNArch.Plugins.Datasets.Common;

/// <summary>Rows of 16-bit samples (audio), each its own array, read as floats in [-1, 1).</summary>
public sealed class ShortTable(IReadOnlyList<short[]> rows, int channels, int positions) : ExampleTable(rows.Count, channels, positions)
{
    public override void CopyRow(int row, Span<float> destination)
    {
        var samples = rows[row];
        for (var i = 0; i < RowLength; i++)
            destination[i] = samples[i] / 32768f;
    }
}
