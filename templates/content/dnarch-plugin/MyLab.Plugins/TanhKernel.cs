using System.ComponentModel.DataAnnotations;
using DNArch.Abstractions.Kernels;
using DNArch.Abstractions.Plugins;
using DNArch.Plugins.Sdk.Configuration;
using DNArch.Plugins.Sdk.Kernels;
using Microsoft.Extensions.Configuration;
using static TorchSharp.torch;

namespace MyLab.Plugins;

/// <summary>Options of the <c>tanh</c> kernel under <c>Search:Kernel</c>: <c>Hidden</c> and <c>Layers</c>, and a gain.</summary>
public sealed class TanhKernelOptions : KernelGeneratorOptions
{
    /// <summary>Scales the pre-activations: a larger gain gives kernels with sharper features.</summary>
    [Range(0.01, 100)]
    public double Gain { get; set; } = 1.0;
}

/// <summary>
/// A perceptron over kernel coordinates with tanh units. The SDK's <see cref="PerceptronKernel"/> brings the hidden
/// <c>Linear</c> layers and the sliced output layer, which evaluates only the channels a narrower conv keeps.
/// </summary>
public sealed class TanhKernel(KernelSpec spec, TanhKernelOptions options) : PerceptronKernel(nameof(TanhKernel), spec, options)
{
    readonly double gain = options.Gain;

    protected override Tensor Activate(Tensor preActivation) => (preActivation * gain).tanh();
}

[Plugin(PluginKind.Kernel, "tanh", "Perceptron over kernel coordinates with tanh units (dnarch-plugin template example)")]
public sealed class TanhKernelPlugin : IKernelPlugin
{
    public KernelGenerator Create(KernelSpec spec, IConfiguration options) =>
        new TanhKernel(spec, PluginOptions.Bind<TanhKernelOptions>(options));
}
