using System.ComponentModel.DataAnnotations;

namespace DNArch.Plugins.Kernels;

/// <summary>Options of the <c>siren</c> kernel generator.</summary>
public sealed class SirenKernelOptions : KernelGeneratorOptions
{
    /// <summary>
    /// ω0 in <c>sin(ω0·(Wx + b))</c>: the frequencies the kernel starts with. 30 is SIREN's default (Sitzmann et
    /// al.); CKConv uses tens to thousands for long sequences, so tune it to the kernel grid's length.
    /// </summary>
    [Range(1e-3, 1e5)]
    public double Omega0 { get; set; } = 30.0;
}
