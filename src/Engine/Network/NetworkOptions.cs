using System.ComponentModel.DataAnnotations;
using DNArch.Abstractions.Configuration;

namespace DNArch.Engine.Network;

/// <summary>
/// The supernet's maximal sizes and fixed settings: the <c>Search:Network</c> section. Bound with
/// <see cref="PluginOptions.Bind{T}"/>, so unknown keys and bad values name the key.
/// </summary>
public sealed class NetworkOptions : PluginOptions
{
    /// <summary>Residual blocks of the supernet (maximum depth).</summary>
    [Range(1, 256)]
    public int Blocks { get; set; } = 4;

    /// <summary>Channels of the stem and of every block (maximum width).</summary>
    [Range(1, 8192)]
    public int Width { get; set; } = 64;

    /// <summary>Kernel grid points per spatial dimension for images; sequences use their length (global kernels).</summary>
    [Range(1, 1025)]
    public int KernelGrid { get; set; } = 33;

    /// <summary>Dropout between the block's separable conv and its linear layer.</summary>
    [Range(0.0, 0.99)]
    public double Dropout { get; set; }

    /// <summary>Fewest channels a width mask can shrink a layer to (n_min of the continuous size too).</summary>
    [Range(1, 8192)]
    public int MinWidth { get; set; } = 2;

    /// <summary>
    /// Depthwise convs whose kernel is longer than this in every spatial dimension run through the FFT, the others
    /// as a direct grouped conv. 24 is where the two cost the same for 1-D training steps on this project's 2-core
    /// CPU (see <c>benchmarks/DNArch.Benchmarks -- fft-threshold</c>); CCNN uses 50.
    /// </summary>
    [Range(0, int.MaxValue)]
    public int FftThreshold { get; set; } = 24;

    protected override void Validate(string sectionPath)
    {
        if (MinWidth > Width)
            throw InvalidInputException.ForKey($"{sectionPath}:MinWidth", $"{MinWidth} is more than Width ({Width})",
                "MinWidth must be at most Width");
    }
}
