using DNArch.Plugins.Sdk.Fourier;
using DNArch.Plugins.Sdk.Layout;
using TorchSharp;
using static TorchSharp.torch;

namespace DNArch.Engine.Network;

/// <summary>
/// Depthwise convolution of <c>[B, C, *n]</c> by one kernel per channel <c>[C, *k]</c> (1-D or 2-D), output
/// <c>[B, C, *n]</c>. Causal mode pads k-1 on the left (tap k-1 is the present); centred mode pads k//2 on both sides
/// and keeps the first n outputs (the origin is tap k//2). Like PyTorch's conv, it is a cross-correlation.
/// </summary>
public static class DepthwiseConvolution
{
    /// <summary>The FFT path when the kernel has more than <paramref name="fftThreshold"/> positions, else direct.</summary>
    public static Tensor Apply(Tensor x, Tensor kernel, bool causal, int fftThreshold)
    {
        ArgumentNullException.ThrowIfNull(kernel);
        return UsesFft(kernel.shape.Skip(1).Select(k => (int)k).ToArray(), fftThreshold)
            ? Fft(x, kernel, causal)
            : Direct(x, kernel, causal);
    }

    /// <summary>
    /// Whether a kernel of <paramref name="kernelSize"/> takes the FFT path: more than <paramref name="fftThreshold"/>
    /// positions in all. Counted in positions rather than per dimension (CCNN: every dimension above 50) because the
    /// direct path's cost grows with the positions; the measured break-even points are
    /// <see cref="NetworkOptions.FftThresholdFor"/>'s defaults.
    /// </summary>
    public static bool UsesFft(IReadOnlyList<int> kernelSize, int fftThreshold) =>
        kernelSize.Aggregate(1L, (p, k) => p * k) > fftThreshold;

    /// <summary>
    /// A grouped <c>conv1d</c>/<c>conv2d</c> on the padded input. 2-D inputs are convolved as channels-last (NHWC) data
    /// and stay so: there libtorch runs oneDNN's depthwise kernels, which beyond 3×3 are far faster than its NCHW
    /// kernel (docs/benchmarks.md, "The depthwise convolution"), and the 2-D network keeps its stream channels-last.
    /// </summary>
    public static Tensor Direct(Tensor x, Tensor kernel, bool causal)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(kernel);
        using var weight = kernel.unsqueeze(1);
        using var input = ChannelsLast.From(x);
        return Correlate(input, weight, causal, groups: kernel.shape[0]);
    }

    /// <summary>
    /// <c>irfft(rfft(x_pad) · conj(rfft(k_pad)))</c>, cropped to the first n positions. Rather than padding the large
    /// input by the origin offset o on the left, the small kernel is rotated left by o: the same correlation, one copy
    /// of the input fewer. The n outputs read input positions -o ... n - 1 + (k - 1 - o), so a transform length
    /// N ≥ n + max(o, k - 1 - o) (and ≥ k) keeps every wrapped index in the zero padding: n + k - 1 for causal kernels,
    /// about n + k/2 for centred ones (44 rather than 60 points per side for 28×28 images and 33×33 kernels). N is
    /// rounded up to a fast length (<see cref="FftLengths"/>).
    /// </summary>
    public static Tensor Fft(Tensor x, Tensor kernel, bool causal)
    {
        ArgumentNullException.ThrowIfNull(kernel);
        return Spectral(x, kernel, causal, (int)kernel.dim() - 1, SpectralProduct.Depthwise);
    }

    /// <summary>
    /// <paramref name="weight"/> <c>[C_out, C_in / groups, *k]</c> correlated with <paramref name="x"/> padded for
    /// <paramref name="causal"/> or centred kernels (<c>conv1d</c>/<c>conv2d</c>).
    /// </summary>
    internal static Tensor Correlate(Tensor x, Tensor weight, bool causal, long groups)
    {
        ArgumentNullException.ThrowIfNull(x);
        var sides = Sides(weight, causal);
        // Equal padding on both sides of every dimension is the conv's own: no padded copy of the input.
        var own = sides.All(s => s.Left == s.Right) ? sides.Select(s => s.Left).ToArray() : null;
        // F.pad takes (left, right) pairs from the last dimension backwards.
        using var padded = own is not null
            ? x.alias()
            : nn.functional.pad(x, Enumerable.Reverse(sides).SelectMany(s => new[] { s.Left, s.Right }).ToArray());
        return weight.dim() switch
        {
            3 => nn.functional.conv1d(padded, weight, padding: own?[0], groups: groups),
            4 => nn.functional.conv2d(padded, weight, padding: own, groups: groups),
            _ => throw new ArgumentException($"Kernels are 1-D or 2-D, not {weight.dim() - 2}-D.", nameof(weight)),
        };
    }

    /// <summary>
    /// The FFT path (see <see cref="Fft"/>) for kernels whose last <paramref name="dims"/> dimensions are spatial,
    /// their spectra combined with the input's by <paramref name="product"/>.
    /// </summary>
    internal static Tensor Spectral(Tensor x, Tensor kernel, bool causal, int dims, SpectralProduct product)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(kernel);
        return SpectralCorrelation.Apply(x, kernel, SpectralCorrelation.Plan.For(x.shape, kernel.shape, causal, dims), product);
    }

    /// <summary>
    /// The taps of <paramref name="kernel"/> (last dimensions spatial) that can meet an input of
    /// <paramref name="inputSize"/>: at most n per dimension for causal kernels (the n most recent), 2n − 1 for centred
    /// ones (the origin's n − 1 neighbours on each side). The others only ever meet the zero padding, so convolving
    /// with the cropped kernel gives exactly the same output, with fewer FFT points or direct taps.
    /// </summary>
    public static Tensor SeenBy(Tensor kernel, IReadOnlyList<long> inputSize, bool causal)
    {
        ArgumentNullException.ThrowIfNull(kernel);
        ArgumentNullException.ThrowIfNull(inputSize);
        var first = (int)kernel.dim() - inputSize.Count;
        var seen = kernel.alias();
        for (var d = 0; d < inputSize.Count; d++)
        {
            var k = kernel.shape[first + d];
            var keep = Seen(k, inputSize[d], causal);
            if (keep == k) continue;
            // Causal: tap k − 1 is the present. Centred: tap k/2 is the origin.
            var start = causal ? k - keep : k / 2 - (inputSize[d] - 1);
            var cropped = seen.narrow(first + d, start, keep);
            seen.Dispose();
            seen = cropped;
        }
        return seen;
    }

    /// <summary>How many of <paramref name="taps"/> taps an input of <paramref name="length"/> samples can meet.</summary>
    public static long Seen(long taps, long length, bool causal) => Math.Min(taps, causal ? length : 2 * length - 1);

    /// <summary><see cref="Seen(long, long, bool)"/> on (continuous) sizes, for the cost estimates.</summary>
    internal static Tensor Seen(Tensor taps, Tensor length, bool causal) => minimum(taps, causal ? length : 2 * length - 1);

    // Zeros before and after the input in each spatial dimension, in dimension order; a conv weight is
    // [C_out, C_in / groups, *k].
    static (long Left, long Right)[] Sides(Tensor weight, bool causal) =>
        weight.shape.Skip(2).Select(k => causal ? (k - 1, 0L) : (k / 2, k - 1 - k / 2)).ToArray();
}
