using DNArch.Plugins.Sdk.Fourier;
using TorchSharp;
using static TorchSharp.torch;

namespace DNArch.Plugins.Resampling;

/// <summary>
/// One dimension of a Fourier resampling as a single autograd function:
/// <c>y = irfft(rfft(x)[..K] · w, m)</c> along <c>dim</c>, forward-normalised (amplitudes kept), where <c>w</c> holds
/// a real factor per kept bin (window and low-pass mask). libtorch differentiates the same chain through the crop's
/// zero-filled copies, a complex-to-complex gradient for the inverse and one pass per factor; here the backward is two
/// real transforms and one product with a <c>[K]</c> vector that folds all the factors, plus one reduction when
/// <c>w</c> needs a gradient, which makes a resize cheaper (docs/benchmarks.md, "The Fourier resampler").
/// </summary>
static class SpectralResize
{
    /// <summary>
    /// <paramref name="x"/> resized from its <c>n</c> samples along <paramref name="dim"/> to <paramref name="length"/>
    /// through its first <c>K = min(n, m)/2 + 1</c> one-sided bins, each times its entry of <paramref name="weights"/>
    /// (<c>[K]</c>, real, differentiable).
    /// </summary>
    public static Tensor Apply(Tensor x, Tensor weights, int dim, int length)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(weights);
        var bins = KeptBins((int)x.shape[dim], length);
        if (weights.dim() != 1 || weights.shape[0] != bins)
            throw new ArgumentException($"Expected {bins} bin weights, got [{string.Join(", ", weights.shape)}].", nameof(weights));
        return Function.apply(x, weights, dim, length);
    }

    /// <summary>The one-sided bins that move between grids of <paramref name="n"/> and <paramref name="m"/> samples.</summary>
    public static int KeptBins(int n, int m) => Math.Min(n, m) / 2 + 1;

    sealed class Function : autograd.SingleTensorFunction<Function>
    {
        public override string Name => nameof(SpectralResize);

        public override Tensor forward(autograd.AutogradContext ctx, params object[] vars)
        {
            var (x, weights, dim, length) = ((Tensor)vars[0], (Tensor)vars[1], (int)vars[2], (int)vars[3]);
            var samples = (int)x.shape[dim];
            using var scope = NewDisposeScope();
            var kept = fft.rfft(x, dim: dim, norm: FFTNormType.Forward).narrow(dim, 0, weights.shape[0]);
            var y = fft.irfft(kept * Along(weights, x.dim(), dim), length, dim, FFTNormType.Forward);
            // The context takes its references to the saved tensors after forward returns: keep kept alive until then.
            ctx.save_for_backward(weights.requires_grad ? [weights, kept.MoveToOuterDisposeScope()] : [weights]);
            ctx.save_data("dim", dim);
            ctx.save_data("samples", samples);
            return y.MoveToOuterDisposeScope();
        }

        public override List<Tensor> backward(autograd.AutogradContext ctx, Tensor grad_output)
        {
            using var scope = NewDisposeScope();
            var saved = ctx.get_saved_variables();
            var weights = saved[0];
            var dim = (int)ctx.get_data("dim");
            var samples = (int)ctx.get_data("samples");
            var length = (int)grad_output.shape[dim];
            var bins = weights.shape[0];
            // The unscaled inverse's adjoint is the unscaled forward transform with the output's interior bins doubled
            // (each stands for itself and its mirror); the forward-normalised rfft's adjoint is the inverse scaled by 1/n
            // after halving the input's interior bins (RealFft.MirrorFactors). Both factors ride on the weights' one vector.
            var spectrum = fft.rfft(grad_output, dim: dim, norm: FFTNormType.Backward).narrow(dim, 0, bins);
            var outputFactor = RealFft.MirrorFactors(bins, length, 2.0, weights.dtype, weights.device);
            var inputFactor = RealFft.MirrorFactors(bins, samples, 0.5, weights.dtype, weights.device);
            var input = fft.irfft(spectrum * Along(weights * outputFactor * inputFactor, grad_output.dim(), dim), samples, dim,
                FFTNormType.Backward);
            Tensor? weightGradient = null;
            if (saved.Count > 1)
            {
                // dL/dw_k = Σ Re(g_k · conj(X_k)) over every other dimension, g the gradient at the product.
                var others = Enumerable.Range(0, (int)grad_output.dim()).Where(d => d != dim).Select(d => (long)d).ToArray();
                // Summed over the other dimensions before the real and imaginary parts: the far cheaper order.
                var products = view_as_real(spectrum).mul(view_as_real(saved[1]));
                weightGradient = products.sum(others).sum(-1) * outputFactor;
            }
            return [input.MoveToOuterDisposeScope(), weightGradient?.MoveToOuterDisposeScope()!, null!, null!];
        }
    }

    /// <summary><paramref name="weights"/> <c>[K]</c> shaped to broadcast along <paramref name="dim"/> of a rank-<paramref name="rank"/> tensor.</summary>
    static Tensor Along(Tensor weights, long rank, int dim)
    {
        var shape = Enumerable.Repeat(1L, (int)rank).ToArray();
        shape[dim] = -1;
        return weights.view(shape);
    }
}
