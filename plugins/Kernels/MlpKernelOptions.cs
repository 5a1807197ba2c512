namespace DNArch.Plugins.Kernels;

/// <summary>Options of the <c>mlp</c> kernel generator.</summary>
public sealed class MlpKernelOptions : KernelGeneratorOptions
{
    /// <summary>
    /// Nonlinearity after each hidden layer. GELU by default: smooth, so kernels are smooth functions of position and
    /// no unit dies on the narrow input range [-1, 1]; CKConv's ReLU is available.
    /// </summary>
    public MlpActivation Activation { get; set; } = MlpActivation.Gelu;

    /// <summary>How the hidden layers' weights and biases start (docs/method.md, "Defaults").</summary>
    public MlpInitialisation Initialisation { get; set; } = MlpInitialisation.Ccnn;
}
