using static TorchSharp.torch;

namespace DNArch.Abstractions.Datasets;

/// <summary>The fixed parts of a data set: weights are trained on one, the best epoch chosen on another, results reported on the third.</summary>
public enum DataSplit
{
    /// <summary>The examples a search trains on.</summary>
    Train,
    /// <summary>The examples each epoch is validated on, to choose the best epoch.</summary>
    Validation,
    /// <summary>The held-out examples a finished run is reported on.</summary>
    Test,
}

/// <summary>An in-memory or streamed data set with fixed splits.</summary>
public interface IDataset
{
    /// <summary>The shape of the examples, from which the network is built.</summary>
    DatasetInfo Info { get; }

    /// <summary>The number of examples in <paramref name="split"/>.</summary>
    int Count(DataSplit split);

    /// <summary>
    /// The examples at <paramref name="indices"/> of <paramref name="split"/> as CPU tensors: inputs
    /// <c>[B, InputChannels, *Shape]</c> float32; targets <c>[B]</c> int64 class labels for classification, or
    /// <c>[B, OutputChannels, *Shape]</c> float32 for dense prediction (0 or 1 for binary segmentation). May be called
    /// from a background thread.
    /// </summary>
    (Tensor Inputs, Tensor Targets) Batch(DataSplit split, ReadOnlySpan<int> indices);
}
