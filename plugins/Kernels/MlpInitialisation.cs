namespace DNArch.Plugins.Kernels;

/// <summary>How the hidden layers of the <c>mlp</c> kernel generator start.</summary>
public enum MlpInitialisation
{
    /// <summary>TorchSharp's <c>Linear</c> default: Kaiming-uniform with a = √5, biases <c>U(-1/√in, 1/√in)</c>.</summary>
    Torch,

    /// <summary>CCNN's: Kaiming-uniform with the activation's gain (ReLU's, or linear for GELU), biases 0.</summary>
    Ccnn,
}
