using static TorchSharp.torch;

namespace DNArch.Engine.Network;

/// <summary>
/// How the FFT path combines spectra, with the two adjoints its backward needs. <see cref="Output"/> takes the
/// input's spectrum <c>X [B, C_in, *F]</c> and the kernels' conjugate spectra; <see cref="InputGradient"/> takes the
/// output gradient's spectrum G and the kernels' spectra (not conjugated) to the input's; <see cref="KernelGradient"/>
/// takes X and conj(G) to the kernels' gradient spectra, summed over the batch.
/// </summary>
sealed record SpectralProduct(
    Func<Tensor, Tensor, Tensor> Output, Func<Tensor, Tensor, Tensor> InputGradient, Func<Tensor, Tensor, Tensor> KernelGradient)
{
    /// <summary>One kernel per channel, <c>[C, *F]</c>.</summary>
    public static SpectralProduct Depthwise { get; } = new(
        (input, kernels) => input * kernels,
        (gradient, kernels) => gradient * kernels,
        (input, gradient) => (input * gradient).sum(dim: 0));

    /// <summary>Kernels <c>[C_out, C_in, *F]</c>, each output the sum over the inputs.</summary>
    public static SpectralProduct Full { get; } = new(
        (input, kernels) => (input.unsqueeze(1) * kernels).sum(dim: 2),
        (gradient, kernels) => (gradient.unsqueeze(2) * kernels).sum(dim: 1),
        (input, gradient) => (input.unsqueeze(1) * gradient.unsqueeze(2)).sum(dim: 0));
}
