namespace DNArch.Plugins.Datasets.Common;

/// <summary>Rows of floats stored back to back in one array.</summary>
public sealed class FloatTable : ExampleTable
{
    readonly float[] values;

    public FloatTable(float[] values, int channels, int positions)
        : base(values.Length / (channels * positions), channels, positions)
    {
        this.values = values;
        if (values.Length % RowLength != 0)
            throw new ArgumentException($"{values.Length} values do not make whole rows of {RowLength}.", nameof(values));
    }

    public override void CopyRow(int row, Span<float> destination) =>
        values.AsSpan(row * RowLength, RowLength).CopyTo(destination);
}
