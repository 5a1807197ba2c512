using System.Buffers;

namespace DNArch.Plugins.Datasets.Common;

/// <summary>Another table with the positions of every channel reordered by one fixed permutation (pMNIST).</summary>
public sealed class PermutedTable(ExampleTable inner, int[] order) : ExampleTable(inner.Rows, inner.Channels, inner.Positions)
{
    public override void CopyRow(int row, Span<float> destination)
    {
        var scratch = ArrayPool<float>.Shared.Rent(RowLength);
        try
        {
            inner.CopyRow(row, scratch);
            for (var c = 0; c < Channels; c++)
            {
                var offset = c * Positions;
                for (var p = 0; p < Positions; p++)
                    destination[offset + p] = scratch[offset + order[p]];
            }
        }
        finally
        {
            ArrayPool<float>.Shared.Return(scratch);
        }
    }
}
