using DNArch.Plugins.Sdk.Fourier;
using DNArch.Plugins.Sdk.Layout;
using TorchSharp;
using static TorchSharp.torch;

namespace DNArch.Engine.Network;

/// <summary>
/// The FFT path of <see cref="DepthwiseConvolution"/> and <see cref="FullConvolution"/> as one autograd function:
/// <c>y = crop(irfft(rfft(x) · conj(rfft(k_rot))))</c>. Its backward is written out: the input's gradient is the
/// same transforms with the kernels' spectra (a correlation's adjoint is the convolution), the kernels' the inverse of
/// the batch sum of <c>X · conj(G)</c>, rotated back. libtorch's chain of pad, narrow, product and transform backwards
/// is slower: it zero-fills the crop's gradient and takes a pass over memory per link (docs/benchmarks.md, "The
/// depthwise convolution").
/// </summary>
sealed class SpectralCorrelation : autograd.SingleTensorFunction<SpectralCorrelation>
{
    /// <summary>The transform plan of one call: lengths, axes and the kernel's rotation to its origin.</summary>
    internal sealed record Plan(long[] Sizes, long[] InputDims, long[] KernelDims, long[] KernelPad, long[] Shifts)
    {
        /// <summary>
        /// The plan for an input of <paramref name="inputShape"/> <c>[B, C, *n]</c> and kernels of
        /// <paramref name="kernelShape"/> whose last <paramref name="dims"/> dimensions are spatial (the transform
        /// lengths are those <see cref="DepthwiseConvolution.Fft"/> explains).
        /// </summary>
        public static Plan For(long[] inputShape, long[] kernelShape, bool causal, int dims)
        {
            var first = kernelShape.Length - dims;
            var sizes = new long[dims];
            var inputDims = new long[dims];
            var kernelDims = new long[dims];
            var pad = new long[2 * dims];
            var shifts = new long[dims];
            for (var d = 0; d < dims; d++)
            {
                var k = kernelShape[first + d];
                var origin = causal ? k - 1 : k / 2;
                sizes[d] = FftLengths.AtLeast(Math.Max(inputShape[2 + d] + Math.Max(origin, k - 1 - origin), k));
                inputDims[d] = 2 + d;
                kernelDims[d] = first + d;
                // F.pad takes (left, right) pairs from the last dimension backwards: zeros after the taps.
                pad[2 * (dims - 1 - d) + 1] = sizes[d] - k;
                shifts[d] = -origin;
            }
            return new Plan(sizes, inputDims, kernelDims, pad, shifts);
        }
    }

    public override string Name => nameof(SpectralCorrelation);

    /// <summary>
    /// The correlation of <paramref name="x"/> (channels-first or channels-last; the output keeps its layout) with
    /// <paramref name="kernel"/>, differentiable in both.
    /// </summary>
    public static Tensor Apply(Tensor x, Tensor kernel, Plan plan, SpectralProduct product)
    {
        if (!is_grad_enabled() || !(x.requires_grad || kernel.requires_grad))
        {
            using var scope = NewDisposeScope();
            var (output, _, _) = Forward(x, kernel, plan, product);
            return output.MoveToOuterDisposeScope();
        }
        return apply(x, kernel, plan, product);
    }

    public override Tensor forward(autograd.AutogradContext ctx, params object[] vars)
    {
        var (x, kernel, plan, product) = ((Tensor)vars[0], (Tensor)vars[1], (Plan)vars[2], (SpectralProduct)vars[3]);
        using var scope = NewDisposeScope();
        var (output, inputSpectrum, kernelSpectrum) = Forward(x, kernel, plan, product);
        // The context takes its references to the saved tensors after forward returns: keep them alive until then.
        ctx.save_for_backward([inputSpectrum.MoveToOuterDisposeScope(), kernelSpectrum.MoveToOuterDisposeScope()]);
        ctx.save_data("plan", plan);
        ctx.save_data("product", product);
        ctx.save_data("size", x.shape[2..]);
        ctx.save_data("kernel", kernel.shape);
        ctx.save_data("channelsLast", ChannelsLast.Is(x));
        ctx.save_data("needs", (x.requires_grad, kernel.requires_grad));
        return output.MoveToOuterDisposeScope();
    }

    public override List<Tensor> backward(autograd.AutogradContext ctx, Tensor grad_output)
    {
        using var scope = NewDisposeScope();
        var saved = ctx.get_saved_variables();
        var (inputSpectrum, kernelSpectrum) = (saved[0], saved[1]);
        var plan = (Plan)ctx.get_data("plan");
        var product = (SpectralProduct)ctx.get_data("product");
        var (needsInput, needsKernel) = ((bool, bool))ctx.get_data("needs");
        var gradient = fft.rfftn(grad_output.contiguous(), plan.Sizes, plan.InputDims);
        Tensor? input = null, kernel = null;
        if (needsInput)
        {
            var spatial = Cropped(fft.irfftn(product.InputGradient(gradient, kernelSpectrum), plan.Sizes, plan.InputDims),
                (long[])ctx.get_data("size"), 2);
            input = InLayout(spatial, (bool)ctx.get_data("channelsLast"));
        }
        if (needsKernel)
        {
            var shape = (long[])ctx.get_data("kernel");
            var rotated = fft.irfftn(product.KernelGradient(inputSpectrum, gradient.conj()), plan.Sizes, plan.KernelDims);
            var first = shape.Length - plan.Sizes.Length;
            kernel = Cropped(rotated.roll(plan.Shifts.Select(s => -s).ToArray(), plan.KernelDims), shape[first..], first)
                .contiguous();
        }
        return [input?.MoveToOuterDisposeScope()!, kernel?.MoveToOuterDisposeScope()!, null!, null!];
    }

    static (Tensor Output, Tensor InputSpectrum, Tensor KernelSpectrum) Forward(
        Tensor x, Tensor kernel, Plan plan, SpectralProduct product)
    {
        var inputSpectrum = fft.rfftn(x.contiguous(), plan.Sizes, plan.InputDims);
        var rotated = nn.functional.pad(kernel, plan.KernelPad).roll(plan.Shifts, plan.KernelDims);
        var kernelSpectrum = fft.rfftn(rotated, plan.Sizes, plan.KernelDims);
        var spatial = Cropped(fft.irfftn(product.Output(inputSpectrum, kernelSpectrum.conj()), plan.Sizes, plan.InputDims),
            x.shape[2..], 2);
        return (InLayout(spatial, ChannelsLast.Is(x)), inputSpectrum, kernelSpectrum);
    }

    // A channels-last input gets its output and its gradient channels-last, as the direct path does.
    static Tensor InLayout(Tensor spatial, bool channelsLast) =>
        channelsLast ? ChannelsLast.From(spatial) : spatial.contiguous();

    // The first size[d] positions of dimension first + d.
    static Tensor Cropped(Tensor x, long[] size, int first)
    {
        for (var d = 0; d < size.Length; d++) x = x.narrow(first + d, 0, size[d]);
        return x;
    }
}
