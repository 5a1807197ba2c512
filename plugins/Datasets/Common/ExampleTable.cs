namespace DNArch.Plugins.Datasets.Common;

/// <summary>
/// Raw values of a data set's examples (of every split), one row per example laid out <c>[Channels, Positions]</c>.
/// Rows are stored compactly (bytes where the source is bytes) and converted to float per batch.
/// </summary>
public abstract class ExampleTable(int rows, int channels, int positions)
{
    public int Rows { get; } = rows;
    public int Channels { get; } = channels;
    public int Positions { get; } = positions;
    public int RowLength => Channels * Positions;

    /// <summary>Writes row <paramref name="row"/> as floats into <paramref name="destination"/> (length <see cref="RowLength"/>).</summary>
    public abstract void CopyRow(int row, Span<float> destination);
}
