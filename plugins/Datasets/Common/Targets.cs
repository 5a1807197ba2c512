using static TorchSharp.torch;

namespace DNArch.Plugins.Datasets.Common;

/// <summary>What a data set predicts for each table row.</summary>
public abstract class Targets
{
    /// <summary>The targets of <paramref name="rows"/> as one CPU tensor with the batch first.</summary>
    public abstract Tensor Gather(ReadOnlySpan<int> rows);
}

/// <summary>One class label per row: <c>[B]</c> int64.</summary>
public sealed class ClassTargets(int[] labels) : Targets
{
    public override Tensor Gather(ReadOnlySpan<int> rows)
    {
        var batch = new long[rows.Length];
        for (var i = 0; i < rows.Length; i++)
            batch[i] = labels[rows[i]];
        return tensor(batch, [rows.Length]);
    }
}

/// <summary>A field per row, as stored (not normalised): <c>[B, Channels, *Shape]</c> float32.</summary>
public sealed class DenseTargets(ExampleTable fields, IReadOnlyList<int> shape) : Targets
{
    public override Tensor Gather(ReadOnlySpan<int> rows) => Batches.Stack(fields, rows, shape, normaliser: null);
}
