using System.ComponentModel.DataAnnotations;
using DNArch.Plugins.Sdk.Configuration;

namespace DNArch.Plugins.Sdk.Kernels;

/// <summary>The size of a kernel generator, bound from <c>Search:Kernel</c> with the generator's own options.</summary>
public abstract class KernelGeneratorOptions : PluginOptions
{
    /// <summary>Hidden units per layer.</summary>
    [Range(1, 4096)]
    public int Hidden { get; set; } = 32;

    /// <summary>Hidden layers, the first (coordinates → hidden) included; the output layer comes on top.</summary>
    [Range(1, 64)]
    public int Layers { get; set; } = 3;
}
