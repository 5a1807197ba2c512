using System.ComponentModel.DataAnnotations;
using DNArch.Abstractions.Configuration;

namespace DNArch.Plugins.Masks;

/// <summary>Options of the <c>gaussian</c> mask.</summary>
public sealed class GaussianMaskOptions : PluginOptions
{
    /// <summary>Mask value below which positions are cropped away (T_m).</summary>
    [Range(1e-6, 0.999)]
    public double Threshold { get; set; } = 0.1;

    /// <summary>
    /// Fraction of the axis kept at the start (1 = the whole kernel). 0.5 by default: kernels start at half the grid and
    /// grow where the task needs, which learned better than starting whole (docs/method.md, "Defaults").
    /// </summary>
    [Range(1e-3, 1.0)]
    public double InitialSize { get; set; } = 0.5;

    /// <summary>Initial σ in axis coordinates; overrides <see cref="InitialSize"/> when set.</summary>
    [Range(1e-6, 100.0)]
    public double? InitialSigma { get; set; }
}
