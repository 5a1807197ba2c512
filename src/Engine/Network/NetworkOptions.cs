using System.ComponentModel.DataAnnotations;
using DNArch.Abstractions.Configuration;
using DNArch.Plugins.Sdk.Configuration;

namespace DNArch.Engine.Network;

/// <summary>
/// The supernet's maximal sizes and fixed settings: the <c>Search:Network</c> section. Bound with
/// <see cref="ValidatedOptions.Bind{T}"/>, so unknown keys and bad values name the key.
/// </summary>
public sealed class NetworkOptions : ValidatedOptions
{
    /// <summary>Residual blocks of the supernet (maximum depth).</summary>
    [Range(1, 256)]
    public int Blocks { get; set; } = 4;

    /// <summary>Channels of the stem and of every block (maximum width).</summary>
    [Range(1, 8192)]
    public int Width { get; set; } = 64;

    /// <summary>
    /// Kernel grid points per spatial dimension for images, the largest kernel a mask can grow to; sequences use their
    /// length (global kernels). 9 by default: the <c>mlp</c> generator learns far better on it than on CCNN's 33
    /// (docs/method.md, "Defaults").
    /// </summary>
    [Range(1, 1025)]
    public int KernelGrid { get; set; } = 9;

    /// <summary>
    /// Statistics of every channel norm (stem, blocks, head): <c>Layer</c> (over the channels of each position) or
    /// <c>Batch</c> (per channel over batch and positions, CCNN's and the default).
    /// </summary>
    public NormKind Norm { get; set; } = NormKind.Batch;

    /// <summary>
    /// Classification: cells per spatial dimension the head averages the last stream into before its linear layer.
    /// 1 is CCNN's global mean; more keep where features are, at <c>g^D</c> times the head's weights. 7 by default: it
    /// learned better than 4 and 1 on every seed measured (docs/method.md, "Defaults").
    /// </summary>
    [Range(1, 64)]
    public int HeadGrid { get; set; } = 7;

    /// <summary>How the blocks' channel mixers start: CCNN's Kaiming initialisation with zero biases, or nn.Linear's default.</summary>
    public MixerInitialisation Initialisation { get; set; } = MixerInitialisation.Ccnn;

    /// <summary>Dropout between the block's separable conv and its linear layer.</summary>
    [Range(0.0, 0.99)]
    public double Dropout { get; set; }

    /// <summary>
    /// Recompute each residual block's forward during the backward instead of keeping its activations
    /// (<see cref="BlockCheckpoint"/>): far less memory per step, for one more forward pass of the blocks. Off by default.
    /// </summary>
    public bool Checkpointing { get; set; }

    /// <summary>Fewest channels a width mask can shrink a layer to (n_min of the continuous size too).</summary>
    [Range(1, 8192)]
    public int MinWidth { get; set; } = 2;

    /// <summary>
    /// Depthwise convs whose kernel has more than this many positions (all spatial dimensions together) run through
    /// the FFT, the others as a direct grouped conv. Unset, it is <see cref="SequenceFftThreshold"/> for 1-D kernels and
    /// <see cref="ImageFftThreshold"/> for 2-D ones, where forward + backward of the two paths break even on this
    /// project's 2-core CPU (<c>dotnet run -c Release --project benchmarks/DNArch.Benchmarks -- fft-threshold</c>).
    /// CCNN's rule, FFT when every dimension exceeds 50, is 50 here for sequences.
    /// </summary>
    [Range(0, int.MaxValue)]
    public int? FftThreshold { get; set; }

    /// <summary>
    /// The default threshold of 1-D kernels: on 128 to 784 samples the two paths are level near 9 taps and the FFT is
    /// faster from 17.
    /// </summary>
    public const int SequenceFftThreshold = 12;

    /// <summary>
    /// The default threshold of 2-D kernels. On the channels-last stream the direct path is faster up to 9×9, so 121
    /// would train kernels of 64 to 121 positions faster; it stays 63 because the default 9×9 grid's supernet would
    /// then be priced as direct convs, which changes what every relative FLOPs budget means (docs/benchmarks.md, "The
    /// depthwise convolution").
    /// </summary>
    public const int ImageFftThreshold = 63;

    /// <summary>The FFT threshold of kernels with <paramref name="dimensions"/> spatial dimensions.</summary>
    public int FftThresholdFor(int dimensions) =>
        FftThreshold ?? (dimensions == 1 ? SequenceFftThreshold : ImageFftThreshold);

    protected override void Validate(string sectionPath)
    {
        if (MinWidth > Width)
            throw InvalidInputException.ForKey($"{sectionPath}:MinWidth", $"{MinWidth} is more than Width ({Width})",
                "MinWidth must be at most Width");
    }
}
