using DNArch.Abstractions.Budgets;
using DNArch.Abstractions.Fourier;
using static TorchSharp.torch;

namespace DNArch.Engine.Network;

/// <summary>
/// Collects the <see cref="LayerCost"/>s of a network, per example in float64 (exact for integer counts).
/// Sizes are scalar tensors: continuous for <see cref="CostMode.Estimate"/>, integer constants otherwise; every cost
/// of a residual block is multiplied by its depth gate (1 for an active block, continuous in estimates).
/// <list type="bullet">
/// <item>Kernel generator, evaluated on k positions for c channels: params <c>P0 + c·p1</c>, MACs <c>k·(M0 + c·m1)</c>
/// per forward pass, not per example (see <see cref="LayerCost.PerExample"/> and <see cref="GeneratorCost"/>).</item>
/// <item>Spatial conv of m (input, kernel) pairs (depthwise: m = c channels; the stem's full conv: m = c_in·c_out),
/// direct, n positions, k kernel points: MACs <c>m·n·k</c>.</item>
/// <item>Spatial conv, FFT: with the transform length <c>N = Π_d N_d</c> of <see cref="DepthwiseConvolution.Fft"/>,
/// <c>N_d = max(n_d + k_d − 1, k_d)</c> for causal kernels and <c>max(n_d + ⌊k_d/2⌋, k_d)</c> for centred ones
/// (<c>k_d/2</c> in estimates; <c>k_d</c> counts the taps an input of <c>n_d</c> samples can meet, see
/// <see cref="DepthwiseConvolution.SeenBy"/>; the rounding up to a fast FFT length is left out), and a real FFT of N
/// points costing FFTW's nominal <c>T(N) = 2.5·N·log2 N</c> flops <c>= 1.25·N·log2 N</c> MACs: MACs
/// <c>(c_in + c_out)·T(N) + m·2·N</c>, a transform per input and an inverse per output plus the complex product of
/// N/2 bins (4 real MACs each) per pair; depthwise, <c>c·(2·T(N) + 2·N)</c>. The kernels' own transforms are once per
/// batch and left out.</item>
/// <item>Dense (pointwise conv, linear), i → o channels at n positions: params <c>i·o + o</c>, MACs <c>n·i·o</c>.</item>
/// <item>Norm, c channels: params <c>2c</c>, MACs <c>2·c·n</c>.</item>
/// <item>Resample, c channels: MACs <c>c·r</c> with r the resampler's own count per channel
/// (<see cref="DNArch.Abstractions.Resampling.Resampler.Macs"/>; the Fourier resampler's is <c>T(n_in) + T(n_out)</c>
/// on the FFT path); exact counts charge none when it keeps every sample (then it is the identity and is skipped),
/// estimates always charge it; no weight parameters (a resampler's parameters are architecture parameters).</item>
/// </list>
/// Activations are the layer's output elements. Mask multiplications, GELU and pooling are not counted.
/// A network that encodes each example <c>E</c> times (a dual encoder: <see cref="DNArch.Abstractions.Heads.IHeadPlugin.Encodings"/>)
/// runs its trunk E times with one set of weights: the trunk's per-example MACs and activations count E times, its
/// parameters and its kernel generators' MACs once; the head's layers (<see cref="Head"/>) count as the head prices them.
/// </summary>
sealed class CostSheet(CostMode mode, int encodings = 1)
{
    readonly List<LayerCost> layers = [];

    public CostMode Mode { get; } = mode;

    public IReadOnlyList<LayerCost> Layers => layers;

    public static Tensor One => tensor(1.0);

    public static Tensor Product(IEnumerable<Tensor> sizes) => sizes.Aggregate(One, (p, s) => p * s);

    public void Generator(string name, int block, Tensor gate, GeneratorCost model, Tensor positions, Tensor channels) =>
        Add(name, block, LayerOp.KernelGenerator, gate,
            model.Params0 + channels * model.ParamsPerChannel,
            positions * (model.Macs0 + channels * model.MacsPerChannel),
            positions * channels);

    /// <summary>
    /// A convolution of <paramref name="maps"/> (input, kernel) pairs producing <paramref name="outputs"/> maps; on
    /// the FFT path it makes <paramref name="transforms"/> transforms (forward and inverse).
    /// </summary>
    public void Convolution(string name, int block, Tensor gate, Tensor maps, Tensor outputs, Tensor transforms,
        IReadOnlyList<Tensor> spatial, IReadOnlyList<Tensor> kernel, bool fft, bool causal)
    {
        var positions = Product(spatial);
        if (!fft)
        {
            Add(name, block, LayerOp.DepthwiseDirect, gate, tensor(0.0), maps * positions * Product(kernel),
                outputs * positions);
            return;
        }
        var length = Product(spatial.Zip(kernel, (n, k) => maximum(n + Reach(k, causal), k)));
        Add(name, block, LayerOp.DepthwiseFft, gate, tensor(0.0), transforms * FftCost.Macs(length) + maps * 2 * length,
            outputs * positions);
    }

    public void Dense(string name, int block, Tensor gate, Tensor inputs, Tensor outputs, Tensor positions) =>
        Add(name, block, LayerOp.Dense, gate, inputs * outputs + outputs, positions * inputs * outputs, positions * outputs);

    public void Norm(string name, int block, Tensor gate, Tensor channels, Tensor positions) =>
        Add(name, block, LayerOp.Norm, gate, 2 * channels, 2 * channels * positions, channels * positions);

    public void Resample(string name, int block, Tensor gate, Tensor channels, Tensor macsPerChannel, Tensor outputPositions) =>
        Add(name, block, LayerOp.Resample, gate, tensor(0.0), channels * macsPerChannel, channels * outputPositions);

    /// <summary>The head plugin's own layers, as it priced them for one example.</summary>
    public void Head(IEnumerable<LayerCost> head) => layers.AddRange(head);

    // How far an output reads past its own position on the far side of the kernel's origin (see DepthwiseConvolution.Fft).
    Tensor Reach(Tensor k, bool causal) => causal ? k - 1 : Mode == CostMode.Estimate ? k / 2 : (k / 2).floor();

    void Add(string name, int block, LayerOp op, Tensor gate, Tensor parameters, Tensor macs, Tensor activations)
    {
        var runs = op == LayerOp.KernelGenerator ? 1 : encodings;
        layers.Add(new LayerCost(name, block, op, gate * parameters, gate * macs * runs, gate * activations * runs));
    }
}
