using DNArch.Abstractions.Kernels;
using TorchSharp;
using static TorchSharp.torch;

namespace DNArch.Plugins.Kernels;

/// <summary>
/// SIREN (Sitzmann et al.): hidden layers <c>sin(ω0·(Wx + b))</c>, then a linear output layer; the later hidden
/// layers take their own ω0 (<see cref="SirenKernelOptions.HiddenOmega0"/>). First layer
/// <c>W ~ U(-1/in, 1/in)</c>, later ones <c>W ~ U(-√(6/in)/ω0, √(6/in)/ω0)</c>, so pre-activations stay in the
/// range where sine is well-behaved. Biases keep the default <c>U(-1/√in, 1/√in)</c>: with zero biases every layer
/// is an odd function of position and so would be every initial kernel.
/// </summary>
public sealed class SirenKernel : PerceptronKernel
{
    readonly double omega0;
    readonly double hiddenOmega0;

    public SirenKernel(KernelSpec spec, SirenKernelOptions options) : base(nameof(SirenKernel), spec, options)
    {
        omega0 = options.Omega0For(spec.GridPoints);
        hiddenOmega0 = options.HiddenOmega0For(spec.GridPoints);
        using var _ = no_grad();
        for (var i = 0; i < Layers.Count; i++)
        {
            var inputs = Layers[i].weight!.shape[1];
            var bound = i == 0 ? 1.0 / inputs : Math.Sqrt(6.0 / inputs) / hiddenOmega0;
            nn.init.uniform_(Layers[i].weight!, -bound, bound);
        }
    }

    protected override Tensor Activate(Tensor preActivation) => Sine(preActivation, hiddenOmega0);

    protected override Tensor Activate(Tensor preActivation, int layer) =>
        layer == 0 ? Sine(preActivation, omega0) : Activate(preActivation);

    static Tensor Sine(Tensor preActivation, double omega0)
    {
        using var scaled = preActivation * omega0;
        return scaled.sin();
    }
}
