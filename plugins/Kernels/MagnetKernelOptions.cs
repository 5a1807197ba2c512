using System.ComponentModel.DataAnnotations;

namespace DNArch.Plugins.Kernels;

/// <summary>Options of the <c>magnet</c> kernel generator; <see cref="KernelGeneratorOptions.Layers"/> counts Gabor filters.</summary>
public sealed class MagnetKernelOptions : KernelGeneratorOptions
{
    /// <summary>
    /// ω0, the scale of the Gabor filters' frequencies (<c>2π·ω0·γ</c>). The default is CCNN's value for sMNIST
    /// (CCNN-4,140); CCNN tuned it per task, from about 680 (CIFAR100, 6 blocks) to 4232 (CIFAR10, 4 blocks).
    /// </summary>
    [Range(1e-3, 1e5)]
    public double Omega0 { get; set; } = 2976.49;

    /// <summary>Shape α of the Gamma prior of γ; filter i draws from Gamma(α/(i+1), β), so later filters are wider.</summary>
    [Range(1e-3, 1e3)]
    public double Alpha { get; set; } = 6.0;

    /// <summary>Rate β of the Gamma prior of γ.</summary>
    [Range(1e-3, 1e3)]
    public double Beta { get; set; } = 1.0;
}
