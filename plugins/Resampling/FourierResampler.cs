using DNArch.Abstractions.Resampling;
using DNArch.Plugins.Sdk.Fourier;
using DNArch.Plugins.Sdk.Layout;
using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace DNArch.Plugins.Resampling;

/// <summary>
/// Learnable downsampling in the Fourier domain (DiffStride-like). The spectrum (rfftn over the spatial dimensions)
/// is multiplied by a low-pass mask per dimension with a learnable cut-off <c>c_d</c> (a fraction of Nyquist; its
/// shape is <see cref="FourierResamplerOptions.Transition"/>), cropped to the bins the mask keeps, and transformed back
/// on the coarser grid with amplitudes preserved. The mask applies at full size too, so the cut-offs learn from the
/// task before any sample is dropped. Downsampled sizes are rounded to fast FFT lengths unless
/// <see cref="FourierResamplerOptions.FastSizes"/> is off. With a <see cref="ResamplerSpec.FixedOutputSize"/> it only
/// crops, and learns nothing.
/// </summary>
public sealed class FourierResampler : Resampler, ISeparableResampler
{
    readonly LowPassShape shape;
    readonly int minimumSize;
    readonly bool fastSizes;
    readonly int matrixSizeLimit;

    public FourierResampler(ResamplerSpec spec, FourierResamplerOptions options) : base(nameof(FourierResampler), Validated(spec))
    {
        ArgumentNullException.ThrowIfNull(options);
        shape = options.Transition == LowPassTransition.Ramp
            ? new RampLowPass(options.TransitionBins, options.InitialCutoff)
            : new SigmoidLowPass(options.Temperature, options.Threshold, options.InitialCutoff);
        minimumSize = options.MinimumSize;
        fastSizes = options.FastSizes;
        matrixSizeLimit = options.MatrixSizeLimit;
        if (spec.FixedOutputSize is not null) return;
        Cutoff = new Parameter(full(spec.Dimensions, shape.InitialCutoff()));
        register_parameter("cutoff", Cutoff);
    }

    /// <summary>The learnable cut-offs <c>c_d</c>, one per spatial dimension; null for a fixed output size.</summary>
    public Parameter? Cutoff { get; }

    public override int[] OutputSize(IReadOnlyList<int> inputSize)
    {
        CheckDimensions(inputSize);
        if (Spec.FixedOutputSize is { } fixedSize)
            return [.. inputSize.Select((n, d) => Math.Min(fixedSize[d], n))];
        var cutoff = Cutoff!.data<float>().ToArray();
        return [.. inputSize.Select((n, d) => Realised(shape.KeptSamples(cutoff[d], n), n))];
    }

    /// <summary>A downsampled <paramref name="size"/> rounded to a fast FFT length when asked.</summary>
    int Rounded(int size, int input) =>
        fastSizes && size < input ? shape.FastLength(size, minimumSize, input) : size;

    /// <summary>Per dimension, the low-pass shape's estimate of the size an input of the nearest whole size keeps.</summary>
    public override Tensor[] ContinuousOutputSize(IReadOnlyList<Tensor> inputSize)
    {
        CheckDimensions(inputSize);
        if (Spec.FixedOutputSize is { } fixedSize)
            return [.. inputSize.Select((n, d) => n.clamp_max(fixedSize[d]))];
        using var cutoff = Cutoff!.to(ScalarType.Float64);
        return [.. inputSize.Select((n, d) =>
        {
            var samples = Math.Max(1, (int)Math.Round(n.item<double>()));
            return shape.ContinuousSize(cutoff[d], n, samples, s => Realised(s, samples));
        })];
    }

    /// <summary>
    /// The output size of an <paramref name="input"/>-sample dimension whose mask keeps <paramref name="kept"/> samples
    /// (<see cref="LowPassShape.KeptSamples"/>): held between the minimum and the input, then rounded to a fast length.
    /// </summary>
    int Realised(int kept, int input) => Rounded(Math.Clamp(kept, Math.Min(minimumSize, input), input), input);

    public override Tensor forward(Tensor x)
    {
        var input = SpatialSize(x);
        var output = OutputSize(input);
        return output.SequenceEqual(input) && Cutoff is null ? x : Resize(x, input, output, crop: true);
    }

    public override Tensor Restore(Tensor x, IReadOnlyList<int> size)
    {
        var input = SpatialSize(x);
        CheckDimensions(size);
        return input.SequenceEqual(size) ? x : Resize(x, input, size, crop: false);
    }

    /// <summary>
    /// Per channel and example, for each dimension the resize transforms (<see cref="Transforms"/>), from the last to the
    /// first: one real FFT of each size per line along it, or on small grids (<see cref="UsesMatrices"/>) one dense
    /// product. Dimensions before it still have their input size, those after it already the output's.
    /// </summary>
    public override Tensor Macs(IReadOnlyList<Tensor> input, IReadOnlyList<Tensor> output)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(output);
        CheckDimensions(input);
        CheckDimensions(output);
        static int Rounded(Tensor n) => (int)Math.Round(n.item<double>());
        int[] before = [.. input.Select(Rounded)], after = [.. output.Select(Rounded)];
        var matrices = UsesMatrices(before, after);
        // A crop grows no dimension; a restore (the head's) shrinks none.
        var crop = before.Zip(after).All(pair => pair.Second <= pair.First);
        var macs = zeros_like(input[0]);
        for (var d = 0; d < input.Count; d++)
        {
            if (!Transforms(before[d], after[d], crop)) continue;
            var lines = input.Take(d).Concat(output.Skip(d + 1)).Aggregate(ones_like(input[0]), (p, n) => p * n);
            macs += matrices
                ? lines * input[d] * output[d]
                : lines * (FftCost.Macs(input[d]) + FftCost.Macs(output[d]));
        }
        return macs;
    }

    /// <summary>
    /// Whether a grid of <paramref name="input"/> samples per dimension goes to <paramref name="output"/> by one dense
    /// product per dimension rather than by FFTs: when no size exceeds
    /// <see cref="FourierResamplerOptions.MatrixSizeLimit"/>.
    /// </summary>
    bool UsesMatrices(IReadOnlyList<int> input, IReadOnlyList<int> output) =>
        input.Concat(output).All(n => n <= matrixSizeLimit);

    /// <summary>
    /// <paramref name="x"/> on a grid of <paramref name="size"/> samples: its spectrum cropped (and low-pass masked
    /// while learning) or zero-padded, transformed back with the amplitudes of <paramref name="x"/>. Crop, mask and
    /// transforms are all separable, so this is one <see cref="SpectralResize"/> per dimension, from the last to the
    /// first; on small grids (<see cref="UsesMatrices"/>) each is applied as the dense matrix it is.
    /// </summary>
    Tensor Resize(Tensor x, int[] input, IReadOnlyList<int> size, bool crop)
    {
        using var scope = NewDisposeScope();
        var matrices = UsesMatrices(input, size);
        const string letters = "defghijklmnopqrstuvwxy";
        var spatial = letters[..input.Length];
        // A channels-last image keeps its layout: the dense products run on it in place (ChannelsLast.Contract), the
        // FFTs on a channels-first copy, converted back.
        var channelsLast = ChannelsLast.Is(x);
        var viaChannelsFirst = channelsLast && !matrices;
        var resized = viaChannelsFirst ? ChannelsLast.ToChannelsFirst(x) : x;
        for (var d = input.Length - 1; d >= 0; d--)
        {
            if (!Transforms(input[d], size[d], crop)) continue;
            var weights = BinWeights(d, input[d], size[d], crop, x.device);
            resized = !matrices ? SpectralResize.Apply(resized, weights, 2 + d, size[d])
                : channelsLast ? ChannelsLast.Contract(resized, d, Operator(input[d], size[d], weights, x))
                : einsum($"bc{spatial},{spatial[d]}z->bc{spatial.Replace(spatial[d], 'z')}", resized,
                    Operator(input[d], size[d], weights, x));
        }
        return (viaChannelsFirst ? ChannelsLast.From(resized) : resized).MoveToOuterDisposeScope();
    }

    public IReadOnlyList<Tensor?> ForwardMaps(IReadOnlyList<int> inputSize) =>
        Maps([.. inputSize], OutputSize(inputSize), crop: true);

    public IReadOnlyList<Tensor?> RestoreMaps(IReadOnlyList<int> inputSize, IReadOnlyList<int> size)
    {
        CheckDimensions(size);
        return Maps([.. inputSize], size, crop: false);
    }

    /// <summary>Each transformed dimension's <see cref="Operator"/> at the current cut-offs, as <see cref="Resize"/> applies it.</summary>
    Tensor?[] Maps(int[] input, IReadOnlyList<int> size, bool crop)
    {
        CheckDimensions(input);
        using var scope = NewDisposeScope();
        using var _ = no_grad();
        var like = empty(0, device: Cutoff?.device);
        Tensor?[] maps = [.. input.Select((n, d) => Transforms(n, size[d], crop)
            ? Operator(n, size[d], BinWeights(d, n, size[d], crop, like.device), like).MoveToOuterDisposeScope()
            : null)];
        return maps;
    }

    /// <summary>
    /// One dimension's resize from <paramref name="n"/> to <paramref name="m"/> samples as an <c>[n, m]</c> matrix: row
    /// i is a unit impulse at sample i taken through the same transforms and bin weights as <see cref="SpectralResize"/>,
    /// by libtorch's own operations (on an <c>[n, n]</c> identity their backward is cheap), differentiable in the
    /// cut-off.
    /// </summary>
    static Tensor Operator(int n, int m, Tensor weights, Tensor like)
    {
        using var scope = NewDisposeScope();
        var spectrum = fft.rfft(eye(n, dtype: like.dtype, device: like.device), dim: 1, norm: FFTNormType.Forward);
        return fft.irfft(spectrum.narrow(1, 0, weights.shape[0]) * weights, m, 1, FFTNormType.Forward)
            .MoveToOuterDisposeScope();
    }

    /// <summary>
    /// Whether resizing a dimension from <paramref name="n"/> to <paramref name="m"/> samples transforms it: unless it
    /// keeps its size and no low-pass mask applies (only crops of a learnable resampler are masked).
    /// </summary>
    bool Transforms(int n, int m, bool crop) => n != m || (crop && Cutoff is not null);

    /// <summary>
    /// The factor per kept bin of dimension <paramref name="d"/> going from <paramref name="n"/> to
    /// <paramref name="m"/> samples: the window's (<see cref="SpectrumWindow.Factors"/>), times the low-pass mask when
    /// a learnable resampler crops.
    /// </summary>
    Tensor BinWeights(int d, int n, int m, bool crop, Device device)
    {
        var factors = SpectrumWindow.Factors(n, m, device);
        if (!crop || Cutoff is null) return factors;
        return factors * shape.Weights(Cutoff[d], SpectrumWindow.KeptFrequencies(n, m, device), n);
    }

    int[] SpatialSize(Tensor x)
    {
        ArgumentNullException.ThrowIfNull(x);
        if (x.dim() != Spec.Dimensions + 2)
            throw new ArgumentException(
                $"Expected [B, C, {Spec.Dimensions} spatial dims], got [{string.Join(", ", x.shape)}].", nameof(x));
        return [.. x.shape.Skip(2).Select(n => (int)n)];
    }

    void CheckDimensions<T>(IReadOnlyList<T> size)
    {
        ArgumentNullException.ThrowIfNull(size);
        if (size.Count != Spec.Dimensions)
            throw new ArgumentException($"Expected {Spec.Dimensions} spatial sizes, got {size.Count}.", nameof(size));
    }

    static ResamplerSpec Validated(ResamplerSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        if (spec.Dimensions < 1 || spec.InputSize.Any(n => n < 1))
            throw new ArgumentException($"Invalid input size [{string.Join(", ", spec.InputSize)}].", nameof(spec));
        if (spec.FixedOutputSize is { } size
            && (size.Count != spec.Dimensions || size.Where((m, d) => m < 1 || m > spec.InputSize[d]).Any()))
            throw new ArgumentException(
                $"Fixed output size [{string.Join(", ", size)}] must have one size in [1, input] per dimension of "
                + $"[{string.Join(", ", spec.InputSize)}].", nameof(spec));
        return spec;
    }
}
