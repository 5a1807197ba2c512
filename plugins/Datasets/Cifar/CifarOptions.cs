using DNArch.Plugins.Datasets.Common;

namespace DNArch.Plugins.Datasets.Cifar;

/// <summary>
/// Options of the <c>cifar</c> data set. <see cref="FileDatasetOptions.Path"/> is the folder of the binary version:
/// <c>data_batch_1..5.bin</c> + <c>test_batch.bin</c> (CIFAR-10) or <c>train.bin</c> + <c>test.bin</c> (CIFAR-100).
/// </summary>
public sealed class CifarOptions : ImageFileOptions
{
    /// <summary>CIFAR-100 only: fine (100) or coarse (20) labels.</summary>
    public CifarLabels Labels { get; set; } = CifarLabels.Fine;

    /// <summary>
    /// LRA Image (with <c>Layout=Sequence</c>): one grayscale channel normalised with LRA's constants (mean 122.6,
    /// deviation 61.0 on 0..255), as non-causal sequences.
    /// </summary>
    public bool Grayscale { get; set; }
}
