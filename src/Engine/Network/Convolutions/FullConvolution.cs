using static TorchSharp.torch;

namespace DNArch.Engine.Network;

/// <summary>
/// Full (dense over channels) convolution of <c>[B, C_in, *n]</c> by kernels <c>[C_out, C_in, *k]</c> (1-D or 2-D),
/// output <c>[B, C_out, *n]</c>: output o is <c>Σ_i k_{o,i} ⋆ x_i</c>, with the padding and origin of
/// <see cref="DepthwiseConvolution"/>. The FFT path transforms each input map once and sums the products over the
/// inputs before the inverse: C_in + C_out transforms rather than 2·C_in·C_out.
/// </summary>
public static class FullConvolution
{
    /// <summary>The FFT path when a kernel has more than <paramref name="fftThreshold"/> positions, else direct.</summary>
    public static Tensor Apply(Tensor x, Tensor kernel, bool causal, int fftThreshold)
    {
        ArgumentNullException.ThrowIfNull(kernel);
        return DepthwiseConvolution.UsesFft(kernel.shape.Skip(2).Select(k => (int)k).ToArray(), fftThreshold)
            ? Fft(x, kernel, causal)
            : Direct(x, kernel, causal);
    }

    /// <summary>A <c>conv1d</c>/<c>conv2d</c> on the padded input.</summary>
    public static Tensor Direct(Tensor x, Tensor kernel, bool causal) =>
        DepthwiseConvolution.Correlate(x, kernel, causal, groups: 1);

    /// <summary>The spectra of the inputs <c>[B, 1, C_in, *F]</c> times those of the kernels, summed over C_in.</summary>
    public static Tensor Fft(Tensor x, Tensor kernel, bool causal)
    {
        ArgumentNullException.ThrowIfNull(kernel);
        return DepthwiseConvolution.Spectral(x, kernel, causal, (int)kernel.dim() - 2, SpectralProduct.Full);
    }
}
