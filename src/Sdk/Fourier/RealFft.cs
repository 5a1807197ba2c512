using TorchSharp;
using static TorchSharp.torch;

namespace DNArch.Plugins.Sdk.Fourier;

/// <summary>
/// <c>fft.rfftn</c> with a cheaper backward. libtorch differentiates a one-sided real FFT by copying the gradient into
/// a zero-filled full spectrum and running a complex-to-complex inverse on it. The same gradient is the real inverse
/// (c2r) of the one-sided gradient with its interior bins of the last dimension halved — each stands for itself and its
/// mirror, which c2r adds back — on half the points, without the fill and the copy; c2r keeps only the real part of
/// the bins without a mirror (zero and Nyquist), which is what the gradient of a real input takes from them.
/// </summary>
public static class RealFft
{
    /// <summary>
    /// <c>fft.rfftn(x, sizes, dims, norm)</c>: <paramref name="x"/> zero-padded to <paramref name="sizes"/> (each at
    /// least the input's) along <paramref name="dims"/>, transformed; the last of <paramref name="dims"/> one-sided.
    /// </summary>
    public static Tensor Forward(Tensor x, long[] sizes, long[] dims, FFTNormType norm = FFTNormType.Backward)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(sizes);
        ArgumentNullException.ThrowIfNull(dims);
        if (sizes.Length != dims.Length || dims.Length == 0)
            throw new ArgumentException(
                $"Give one size per dimension, got {sizes.Length} sizes for {dims.Length} dimensions.", nameof(sizes));
        var absolute = dims.Select(d => d < 0 ? d + x.dim() : d).ToArray();
        for (var d = 0; d < absolute.Length; d++)
            if (sizes[d] < x.shape[absolute[d]])
                throw new ArgumentException(
                    $"Size {sizes[d]} is below the input's {x.shape[absolute[d]]} along dimension {absolute[d]}.", nameof(sizes));
        return OneSided.apply(x, sizes, absolute, norm);
    }

    /// <summary>
    /// <paramref name="interior"/> for each of the first <paramref name="bins"/> one-sided bins of an
    /// <paramref name="n"/>-point real FFT that stands for a mirrored pair, 1 for those that do not (zero and Nyquist):
    /// the factor an adjoint of a one-sided transform takes per bin (½ for the forward's, 2 for the inverse's).
    /// </summary>
    public static Tensor MirrorFactors(long bins, long n, double interior, ScalarType dtype, Device device)
    {
        var factors = ones(bins, dtype: dtype, device: device);
        var mirrored = Math.Min(bins, (n + 1) / 2) - 1;
        if (mirrored > 0) factors.narrow(0, 1, mirrored).fill_(interior);
        return factors;
    }

    sealed class OneSided : autograd.SingleTensorFunction<OneSided>
    {
        public override string Name => nameof(RealFft);

        public override Tensor forward(autograd.AutogradContext ctx, params object[] vars)
        {
            var (x, sizes, dims, norm) = ((Tensor)vars[0], (long[])vars[1], (long[])vars[2], (FFTNormType)vars[3]);
            ctx.save_data("shape", x.shape);
            ctx.save_data("sizes", sizes);
            ctx.save_data("dims", dims);
            ctx.save_data("norm", norm);
            return fft.rfftn(x, sizes, dims, norm);
        }

        public override List<Tensor> backward(autograd.AutogradContext ctx, Tensor grad_output)
        {
            var shape = (long[])ctx.get_data("shape");
            var (sizes, dims) = ((long[])ctx.get_data("sizes"), (long[])ctx.get_data("dims"));
            var norm = (FFTNormType)ctx.get_data("norm");
            var bins = grad_output.shape[dims[^1]];
            var weights = MirrorFactors(bins, sizes[^1], 0.5, ScalarType.Float32, grad_output.device);
            var view = Enumerable.Repeat(1L, (int)grad_output.dim()).ToArray();
            view[dims[^1]] = bins;
            var input = fft.irfftn(grad_output * weights.view(view), sizes, dims, Adjoint(norm));
            for (var d = 0; d < dims.Length; d++)
                if (sizes[d] > shape[dims[d]]) input = input.narrow(dims[d], 0, shape[dims[d]]);
            return [input.contiguous(), null!, null!, null!];
        }

        // The inverse scaled as the forward's adjoint: an unscaled forward has an unscaled adjoint, and so on.
        static FFTNormType Adjoint(FFTNormType norm) => norm switch
        {
            FFTNormType.Backward => FFTNormType.Forward,
            FFTNormType.Forward => FFTNormType.Backward,
            _ => norm,
        };
    }
}
