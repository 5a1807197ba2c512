using System.ComponentModel.DataAnnotations;
using DNArch.Abstractions.Configuration;

namespace DNArch.Plugins.Masks;

/// <summary>Options of the <c>sigmoid</c> mask.</summary>
public sealed class SigmoidMaskOptions : PluginOptions
{
    /// <summary>Mask value below which elements are removed from computation (T).</summary>
    [Range(1e-6, 0.999)]
    public double Threshold { get; set; } = 0.1;

    /// <summary>Temperature τ: the steepness of the sigmoid.</summary>
    [Range(1e-3, 1e4)]
    public double Temperature { get; set; } = 20.0;

    /// <summary>Learn τ as well as the offset μ.</summary>
    public bool LearnTemperature { get; set; }

    /// <summary>Fraction of the axis kept at the start (1 = all of it).</summary>
    [Range(1e-3, 1.0)]
    public double InitialSize { get; set; } = 1.0;
}
