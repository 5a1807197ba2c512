using System.ComponentModel.DataAnnotations;

namespace DNArch.Plugins.Kernels;

/// <summary>Options of the <c>siren</c> kernel generator.</summary>
public sealed class SirenKernelOptions : KernelGeneratorOptions
{
    /// <summary>
    /// ω0 of the first layer, <c>sin(ω0·(Wx + b))</c>: the frequencies the kernel starts with. Unset, SIREN's 30
    /// (Sitzmann et al.), lowered to <c>3·(L - 1)</c> on grids of fewer than 11 points per dimension (24 on the 9-point
    /// grid, whose first-layer frequencies then reach about the grid's highest), where 30 starts the kernels with
    /// frequencies the grid cannot resolve (docs/method.md, "Defaults").
    /// </summary>
    [Range(1e-3, 1e5)]
    public double? Omega0 { get; set; }

    /// <summary>
    /// ω0 of the later hidden layers. Unset, the first layer's (SIREN's choice), except on grids of fewer than 11
    /// points per dimension: 0.5, which kept the small grids' kernels from starting as near-constant blurs
    /// (docs/method.md, "Defaults").
    /// </summary>
    [Range(1e-3, 1e5)]
    public double? HiddenOmega0 { get; set; }

    /// <summary>The first layer's ω0 for a generator sampled on <paramref name="gridPoints"/> points per dimension.</summary>
    public double Omega0For(int? gridPoints) =>
        Omega0 ?? (gridPoints is { } points && points < SmallGrid ? 3 * Math.Max(1, points - 1) : 30);

    /// <summary>The later hidden layers' ω0 for a generator sampled on <paramref name="gridPoints"/> points per dimension.</summary>
    public double HiddenOmega0For(int? gridPoints) =>
        HiddenOmega0 ?? (gridPoints < SmallGrid ? 0.5 : Omega0For(gridPoints));

    // Grids below this many points per dimension get the small-grid frequencies.
    const int SmallGrid = 11;
}
