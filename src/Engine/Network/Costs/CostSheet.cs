using DNArch.Abstractions.Budgets;
using DNArch.Plugins.Sdk.Fourier;
using static TorchSharp.torch;

namespace DNArch.Engine.Network;

/// <summary>
/// Collects the <see cref="LayerCost"/>s of a network: params, MACs and activations per example, in float64 (exact
/// for integer counts). The same sheet serves the budget's differentiable estimate (<see cref="CostMode.Estimate"/>:
/// sizes are continuous scalar tensors) and the exact count of the realised network (integer constants), so a search
/// is steered by the formulas it is judged by. Every cost of a residual block is multiplied by its depth gate (1 for
/// an active block, continuous in estimates). The per-layer formulas and why they are so: docs/method.md, "Costs".
/// A dual encoder (<see cref="DNArch.Abstractions.Heads.IHeadPlugin.Encodings"/>) runs its trunk E times with one set of
/// weights: the trunk's per-example MACs and activations count E times, its parameters and generators' MACs once.
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
