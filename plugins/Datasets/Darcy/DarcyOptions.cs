using System.ComponentModel.DataAnnotations;
using DNArch.Plugins.Datasets.Common;

namespace DNArch.Plugins.Datasets.Darcy;

/// <summary>Options of the <c>darcy</c> data set; the defaults follow FNO's data (NAS-Bench-360 uses it at 85×85).</summary>
public sealed class DarcyOptions : CachedDatasetOptions
{
    public DarcyOptions()
    {
        TrainCount = 900;
        ValidationCount = 100;
        TestCount = 100;
    }

    /// <summary>Grid nodes per side, boundary included.</summary>
    [Range(5, 1024)]
    public int Resolution { get; set; } = 85;

    /// <summary>Permeability where the random field is ≥ 0.</summary>
    [Range(1e-6, 1e6)]
    public double High { get; set; } = 12;

    /// <summary>Permeability where the random field is &lt; 0.</summary>
    [Range(1e-6, 1e6)]
    public double Low { get; set; } = 3;

    /// <summary>Smoothness α of the field's covariance (-Δ + τ²I)^(-α).</summary>
    [Range(0.5, 10.0)]
    public double Alpha { get; set; } = 2;

    /// <summary>Inverse length scale τ of the field's covariance.</summary>
    [Range(0.1, 100.0)]
    public double Tau { get; set; } = 3;

    /// <summary>Relative residual at which conjugate gradients stop.</summary>
    [Range(1e-14, 1e-2)]
    public double Tolerance { get; set; } = 1e-8;
}
