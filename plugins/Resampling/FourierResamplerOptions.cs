using System.ComponentModel.DataAnnotations;
using DNArch.Abstractions.Configuration;
using DNArch.Plugins.Sdk.Fourier;

namespace DNArch.Plugins.Resampling;

/// <summary>Options of the <c>fourier</c> resampler, bound from <c>Search:Resampling</c>.</summary>
public sealed class FourierResamplerOptions : PluginOptions
{
    /// <summary>The mask's shape: DiffStride's linear <c>Ramp</c> in bins (default) or a <c>Sigmoid</c> in normalised frequency.</summary>
    public LowPassTransition Transition { get; set; } = LowPassTransition.Ramp;

    /// <summary><c>Ramp</c> only: bins over which the mask falls from 1 to 0 past the cut-off (DiffStride's R).</summary>
    [Range(0.5, 1e4)]
    public double TransitionBins { get; set; } = 2.0;

    /// <summary><c>Sigmoid</c> only: temperature τ of <c>sigmoid(τ·(c - f))</c>, its steepness.</summary>
    [Range(1e-3, 1e4)]
    public double Temperature { get; set; } = 20.0;

    /// <summary><c>Sigmoid</c> only: mask value below which frequency bins are cropped away (T).</summary>
    [Range(1e-6, 0.999)]
    public double Threshold { get; set; } = 0.1;

    /// <summary>
    /// The cut-off at the start, per spatial dimension, as a fraction of Nyquist: for <c>Ramp</c> the edge of the band
    /// kept at full weight, for <c>Sigmoid</c> the frequency at which the mask falls to <see cref="Threshold"/>. 1 keeps
    /// every bin. The default 0.6 starts each block downsampling a little, as DiffStride starts at stride 2: on
    /// Fashion-MNIST it learned better and faster than 1, on <c>waves</c> as well (docs/method.md, "Defaults").
    /// </summary>
    [Range(1e-3, 1.0)]
    public double InitialCutoff { get; set; } = 0.6;

    /// <summary>
    /// Round each downsampled size to a length with fast FFTs (<see cref="FftLengths"/>; up for the ramp, whose extra
    /// bins weigh 0, down for the sigmoid, at most 6.5% of the samples from 100 up), since odd and prime-rich lengths
    /// transform several times slower (docs/benchmarks.md, "The Fourier resampler"). False keeps exactly the bins
    /// with <c>m ≥ T</c>. A size left whole is never rounded: the resampler is then the identity.
    /// </summary>
    public bool FastSizes { get; set; } = true;

    /// <summary>
    /// Grids with no size (input or output, any dimension) above this are resampled by one small dense product per
    /// dimension instead of FFTs: the same linear map, faster on small images and slower on long sequences
    /// (docs/benchmarks.md, "The Fourier resampler"). The complexity counts charge the products' MACs on this path.
    /// 0: always FFTs.
    /// </summary>
    [Range(0, 1 << 20)]
    public int MatrixSizeLimit { get; set; } = 64;

    /// <summary>The smallest spatial size the resampler returns, per dimension.</summary>
    [Range(1, 1 << 20)]
    public int MinimumSize { get; set; } = 2;
}
