using System.ComponentModel.DataAnnotations;

namespace DNArch.Plugins.Kernels;

/// <summary>Options of the <c>magnet</c> kernel generator; <see cref="KernelGeneratorOptions.Layers"/> counts Gabor filters.</summary>
public sealed class MagnetKernelOptions : KernelGeneratorOptions
{
    /// <summary>
    /// ω0, the scale of the Gabor filters' frequencies (<c>2π·ω0·γ</c>). Unset, it follows the kernel grid:
    /// <c>(L - 1) / 2</c> for L grid points per dimension, so the frequencies grow with the grid's resolution
    /// (docs/method.md, "Defaults"); without a grid, CCNN's sMNIST value 2976.49.
    /// CCNN tuned it per task, from about 680 (CIFAR100) to 4232 (CIFAR10).
    /// </summary>
    [Range(1e-3, 1e5)]
    public double? Omega0 { get; set; }

    /// <summary>Shape α of the Gamma prior of γ; filter i draws from Gamma(α/(i+1), β), so later filters are wider.</summary>
    [Range(1e-3, 1e3)]
    public double Alpha { get; set; } = 6.0;

    /// <summary>Rate β of the Gamma prior of γ.</summary>
    [Range(1e-3, 1e3)]
    public double Beta { get; set; } = 1.0;

    /// <summary>ω0 for a generator sampled on <paramref name="gridPoints"/> points per dimension.</summary>
    public double Omega0For(int? gridPoints) =>
        Omega0 ?? (gridPoints is { } points ? Math.Max(1, points - 1) / 2.0 : 2976.49);
}
