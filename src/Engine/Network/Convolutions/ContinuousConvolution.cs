using DNArch.Abstractions.Kernels;
using DNArch.Abstractions.Masks;
using TorchSharp;
using static TorchSharp.torch;

namespace DNArch.Engine.Network;

/// <summary>
/// A convolution whose kernels come from a <see cref="KernelGenerator"/> evaluated on the kernel grid, times the
/// kernel-size masks (one per spatial dimension, multiplied). The generator runs only on the masks' active window and
/// only for the kernels the conv needs; subclasses decide how the kernels meet the channels.
/// </summary>
public abstract class ContinuousConvolution : nn.Module<Tensor, Tensor>
{
    readonly KernelGenerator generator;
    readonly IReadOnlyList<KernelAxis> axes;
    readonly GeneratorCost generatorCost;
    readonly CropSwitch crop;
    readonly KernelCache cache;

    private protected ContinuousConvolution(string name, KernelGenerator generator, IReadOnlyList<KernelAxis> axes,
        GeneratorCost generatorCost, int fftThreshold, CropSwitch crop, KernelCache cache) : base(name)
    {
        this.generator = generator;
        this.axes = axes;
        this.generatorCost = generatorCost;
        this.crop = crop;
        this.cache = cache;
        FftThreshold = fftThreshold;
        register_module("kernel_generator", generator);
        for (var d = 0; d < axes.Count; d++)
            if (axes[d].Mask is { } mask) register_module($"kernel_mask_{d}", mask);
    }

    internal KernelGenerator Generator => generator;

    internal bool Causal => axes[0].Axis.Kind == AxisKind.CausalKernel;

    internal IReadOnlyList<KernelAxis> Axes => axes;

    internal IEnumerable<Mask> Masks => axes.Select(a => a.Mask).OfType<Mask>();

    /// <summary>Kernel points per spatial dimension of the realised network.</summary>
    internal int[] KernelSize => axes.Select(a => a.ActiveWindow().Count).ToArray();

    /// <summary>Kernels with more positions than this take the FFT path.</summary>
    private protected int FftThreshold { get; }

    /// <summary><c>[B, C_in, *n]</c> to the first <paramref name="outputs"/> channels <c>[B, outputs, *n]</c>.</summary>
    public abstract Tensor forward(Tensor x, int outputs);

    /// <summary>Adds the conv's costs for <paramref name="inputs"/> → <paramref name="outputs"/> channels.</summary>
    internal abstract void Costs(CostSheet sheet, string name, int block, Tensor gate, Tensor inputs, Tensor outputs,
        IReadOnlyList<Tensor> spatial);

    /// <summary>The first <paramref name="kernels"/> masked kernels of the generator, <c>[kernels, *window]</c>.</summary>
    public Tensor Kernel(int kernels)
    {
        using var scope = NewDisposeScope();
        var windows = axes.Select(a => a.Window(crop)).ToArray();
        var values = generator.forward(Coordinates(windows), kernels);
        if (MaskValues(windows) is { } mask) values = values * mask.unsqueeze(1);
        var shape = new long[windows.Length + 1];
        shape[0] = kernels;
        for (var d = 0; d < windows.Length; d++) shape[d + 1] = windows[d].Count;
        return values.t().reshape(shape).MoveToOuterDisposeScope();
    }

    /// <summary>
    /// The first <paramref name="kernels"/> kernels cropped to the taps that can meet <paramref name="x"/>
    /// (<see cref="DepthwiseConvolution.SeenBy"/>): after downsampling, a kernel longer than its input convolves it
    /// exactly as well with fewer FFT points. Generated once per evaluation while the network's kernels are fixed.
    /// </summary>
    private protected Tensor KernelFor(Tensor x, int kernels)
    {
        ArgumentNullException.ThrowIfNull(x);
        var spatial = x.shape[2..];
        return cache.Get(this, kernels, spatial, () =>
        {
            using var kernel = Kernel(kernels);
            return DepthwiseConvolution.SeenBy(kernel, spatial, Causal);
        });
    }

    /// <summary>
    /// Adds the costs of generating <paramref name="kernels"/> kernels and convolving <paramref name="inputs"/> maps
    /// with them into <paramref name="outputs"/> maps (one kernel per pair of them for a full conv, per map for a
    /// depthwise one).
    /// </summary>
    private protected void KernelCosts(CostSheet sheet, string name, int block, Tensor gate, Tensor kernels,
        Tensor inputs, Tensor outputs, IReadOnlyList<Tensor> spatial)
    {
        var kernel = axes.Select(a => a.Size(sheet.Mode)).ToArray();
        var sizes = sheet.Mode == CostMode.Supernet ? axes.Select(a => a.Axis.Length).ToArray() : KernelSize;
        // The conv uses the taps its input can meet (KernelFor); the path follows from their count.
        var seen = kernel.Zip(spatial, (k, n) => DepthwiseConvolution.Seen(k, n, Causal)).ToArray();
        var seenSizes = sizes.Select((k, d) =>
            (int)DepthwiseConvolution.Seen(k, (long)Math.Round(spatial[d].item<double>()), Causal)).ToArray();
        sheet.Generator($"{name}.kernel", block, gate, generatorCost, CostSheet.Product(kernel), kernels);
        sheet.Convolution($"{name}.depthwise", block, gate, kernels, outputs, inputs + outputs, spatial, seen,
            DepthwiseConvolution.UsesFft(seenSizes, FftThreshold), Causal);
    }

    // Row-major positions of the window: [P, D].
    Tensor Coordinates((int Start, int Count)[] windows)
    {
        var perAxis = axes.Select((a, d) => a.Coordinates(windows[d])).ToArray();
        if (perAxis.Length == 1) return perAxis[0].unsqueeze(1);
        return stack(meshgrid(perAxis, indexing: "ij"), -1).reshape(-1, perAxis.Length);
    }

    // The product of the per-dimension masks on the window, flattened row-major: [P], or null when none is learned.
    Tensor? MaskValues((int Start, int Count)[] windows)
    {
        Tensor? product = null;
        for (var d = 0; d < axes.Count; d++)
        {
            var values = axes[d].Values(windows[d]);
            if (values is null) continue;
            var shape = Enumerable.Repeat(1L, axes.Count).ToArray();
            shape[d] = windows[d].Count;
            values = values.view(shape);
            product = product is null ? values : product * values;
        }
        if (product is null) return null;
        var full = windows.Select(w => (long)w.Count).ToArray();
        return product.expand(full).reshape(-1);
    }
}
