using static TorchSharp.torch;

namespace DNArch.Abstractions.Datasets;

public enum DataSplit
{
    Train,
    Validation,
    Test,
}

/// <summary>An in-memory or streamed data set with fixed splits.</summary>
public interface IDataset
{
    DatasetInfo Info { get; }

    int Count(DataSplit split);

    /// <summary>
    /// The examples at <paramref name="indices"/> of <paramref name="split"/> as CPU tensors: inputs
    /// <c>[B, InputChannels, *Shape]</c> float32; targets <c>[B]</c> int64 class labels for classification, or
    /// <c>[B, OutputChannels, *Shape]</c> float32 for dense prediction. May be called from a background thread.
    /// </summary>
    (Tensor Inputs, Tensor Targets) Batch(DataSplit split, ReadOnlySpan<int> indices);
}
