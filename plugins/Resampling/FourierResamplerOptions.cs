using System.ComponentModel.DataAnnotations;
using DNArch.Abstractions.Configuration;

namespace DNArch.Plugins.Resampling;

/// <summary>Options of the <c>fourier</c> resampler, bound from <c>Search:Resampling</c>.</summary>
public sealed class FourierResamplerOptions : PluginOptions
{
    /// <summary>Temperature τ of the low-pass mask <c>sigmoid(τ·(c - f))</c>: its steepness.</summary>
    [Range(1e-3, 1e4)]
    public double Temperature { get; set; } = 20.0;

    /// <summary>Mask value below which frequency bins are cropped away (T).</summary>
    [Range(1e-6, 0.999)]
    public double Threshold { get; set; } = 0.1;

    /// <summary>
    /// Where the spectrum is cropped at the start, per spatial dimension, as a fraction of Nyquist: the frequency at
    /// which the mask falls to <see cref="Threshold"/>. 1 (the default) keeps every bin: no downsampling.
    /// </summary>
    [Range(1e-3, 1.0)]
    public double InitialCutoff { get; set; } = 1.0;

    /// <summary>The smallest spatial size the resampler returns, per dimension.</summary>
    [Range(1, 1 << 20)]
    public int MinimumSize { get; set; } = 2;
}
