using DNArch.Abstractions.Kernels;
using TorchSharp;
using static TorchSharp.torch;

namespace DNArch.Plugins.Kernels;

/// <summary>
/// CKConv's original kernel network: <c>Linear(D → H)</c>, nonlinearity, ..., <c>Linear(H → C)</c>. Hidden layers
/// start as <see cref="MlpKernelOptions.Initialisation"/> says.
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
        if (options.Initialisation == MlpInitialisation.Ccnn) InitialiseAsCcnn(options.Activation);
    }

    void InitialiseAsCcnn(MlpActivation activation)
    {
        var gain = activation == MlpActivation.Relu ? nn.init.NonlinearityType.ReLU : nn.init.NonlinearityType.Linear;
        using var _ = no_grad();
        foreach (var layer in Layers)
        {
            nn.init.kaiming_uniform_(layer.weight!, nonlinearity: gain);
            nn.init.zeros_(layer.bias!);
        }
    }

    protected override Tensor Activate(Tensor preActivation) => activation(preActivation);
}
