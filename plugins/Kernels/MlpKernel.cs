using DNArch.Abstractions.Kernels;
using TorchSharp;
using static TorchSharp.torch;

namespace DNArch.Plugins.Kernels;

/// <summary>
/// CKConv's original kernel network: <c>Linear(D → H)</c>, nonlinearity, ..., <c>Linear(H → C)</c>. Hidden layers
/// keep TorchSharp's default <c>Linear</c> initialisation.
/// </summary>
public sealed class MlpKernel : PerceptronKernel
{
    readonly Func<Tensor, Tensor> activation;

    public MlpKernel(KernelSpec spec, MlpKernelOptions options) : base(nameof(MlpKernel), spec, options)
    {
        activation = options.Activation switch
        {
            MlpActivation.Relu => x => nn.functional.relu(x),
            MlpActivation.Gelu => x => nn.functional.gelu(x),
            _ => throw new ArgumentOutOfRangeException(nameof(options), options.Activation, "Unknown activation."),
        };
    }

    protected override Tensor Activate(Tensor preActivation) => activation(preActivation);
}
