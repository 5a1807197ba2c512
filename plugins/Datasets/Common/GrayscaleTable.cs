using System.Buffers;

namespace DNArch.Plugins.Datasets.Common;

/// <summary>
/// An RGB table as one luma channel, <c>0.2989 R + 0.5870 G + 0.1140 B</c> (the weights of TensorFlow's
/// <c>rgb_to_grayscale</c>, which LRA's image task applies).
/// </summary>
public sealed class GrayscaleTable(ExampleTable rgb) : ExampleTable(rgb.Rows, 1, rgb.Positions)
{
    public override void CopyRow(int row, Span<float> destination)
    {
        var colour = ArrayPool<float>.Shared.Rent(rgb.RowLength);
        try
        {
            rgb.CopyRow(row, colour);
            for (var p = 0; p < Positions; p++)
                destination[p] = 0.2989f * colour[p] + 0.5870f * colour[Positions + p] + 0.1140f * colour[2 * Positions + p];
        }
        finally
        {
            ArrayPool<float>.Shared.Return(colour);
        }
    }
}
