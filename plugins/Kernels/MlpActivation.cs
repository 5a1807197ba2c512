namespace DNArch.Plugins.Kernels;

/// <summary>The nonlinearity between the layers of the <c>mlp</c> kernel generator.</summary>
public enum MlpActivation
{
    Gelu,
    Relu,
}
