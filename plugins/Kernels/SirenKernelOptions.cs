using System.ComponentModel.DataAnnotations;

namespace DNArch.Plugins.Kernels;

/// <summary>Options of the <c>siren</c> kernel generator.</summary>
public sealed class SirenKernelOptions : KernelGeneratorOptions
{
    /// <summary>
    /// ω0 in <c>sin(ω0·(Wx + b))</c>: the frequencies the kernel starts with. Unset, SIREN's 30 (Sitzmann et al.),
    /// lowered to <c>L - 1</c> on grids of fewer than 31 points per dimension, where 30 starts the kernels with
    /// frequencies the grid cannot resolve (docs/method.md, "Defaults").
    /// </summary>
    [Range(1e-3, 1e5)]
    public double? Omega0 { get; set; }

    /// <summary>ω0 for a generator sampled on <paramref name="gridPoints"/> points per dimension.</summary>
    public double Omega0For(int? gridPoints) =>
        Omega0 ?? (gridPoints is { } points ? Math.Min(30, Math.Max(1, points - 1)) : 30);
}
