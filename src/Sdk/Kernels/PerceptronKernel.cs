using DNArch.Abstractions.Kernels;
using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace DNArch.Plugins.Sdk.Kernels;

/// <summary>
/// A kernel network whose features are a stack of <c>Linear</c> layers, each followed by <see cref="Activate(Tensor, int)"/>:
/// <c>Linear(D → H)</c>, then <c>Layers - 1</c> times <c>Linear(H → H)</c>.
/// </summary>
public abstract class PerceptronKernel : KernelNetwork
{
    readonly Linear[] layers;

    /// <summary>Builds <see cref="KernelGeneratorOptions.Layers"/> hidden layers of <see cref="KernelGeneratorOptions.Hidden"/> features.</summary>
    protected PerceptronKernel(string name, KernelSpec spec, KernelGeneratorOptions options)
        : base(name, spec, options)
    {
        layers = Enumerable.Range(0, options.Layers)
            .Select(i => nn.Linear(i == 0 ? spec.Dimensions : options.Hidden, options.Hidden))
            .ToArray();
        register_module("hidden", new ModuleList<Linear>(layers));
    }

    /// <summary>The hidden layers, first to last.</summary>
    public IReadOnlyList<Linear> Layers => layers;

    /// <inheritdoc/>
    protected override long FeatureMacs =>
        (long)Spec.Dimensions * Hidden + (long)(layers.Length - 1) * Hidden * Hidden;

    /// <summary>The nonlinearity applied to each hidden layer's output.</summary>
    protected abstract Tensor Activate(Tensor preActivation);

    /// <summary>
    /// The nonlinearity of hidden layer <paramref name="layer"/> (0 = the first); <see cref="Activate(Tensor)"/> unless
    /// overridden.
    /// </summary>
    protected virtual Tensor Activate(Tensor preActivation, int layer) => Activate(preActivation);

    /// <inheritdoc/>
    protected override Tensor Features(Tensor coordinates)
    {
        var features = coordinates;
        for (var i = 0; i < layers.Length; i++) features = Activate(layers[i].forward(features), i);
        return features;
    }
}
