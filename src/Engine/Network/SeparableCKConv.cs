using DNArch.Abstractions.Kernels;
using DNArch.Abstractions.Masks;
using TorchSharp;
using static TorchSharp.torch;

namespace DNArch.Engine.Network;

/// <summary>
/// Separable continuous-kernel convolution: a depthwise conv whose kernel is a <see cref="KernelGenerator"/> evaluated
/// on the kernel grid, times the kernel-size masks (one per spatial dimension, multiplied), then a pointwise channel
/// mixer. The generator runs only on the masks' active window and only for the input's channels, and the mixer uses
/// only the weights of the active input and output channels.
/// </summary>
public sealed class SeparableCKConv : nn.Module<Tensor, Tensor>
{
    readonly KernelGenerator generator;
    readonly IReadOnlyList<KernelAxis> axes;
    readonly ChannelMixer pointwise;
    readonly GeneratorCost generatorCost;
    readonly int fftThreshold;
    readonly CropSwitch crop;

    internal SeparableCKConv(string name, KernelGenerator generator, IReadOnlyList<KernelAxis> axes, ChannelMixer pointwise,
        GeneratorCost generatorCost, int fftThreshold, CropSwitch crop) : base(name)
    {
        this.generator = generator;
        this.axes = axes;
        this.pointwise = pointwise;
        this.generatorCost = generatorCost;
        this.fftThreshold = fftThreshold;
        this.crop = crop;
        register_module("kernel_generator", generator);
        for (var d = 0; d < axes.Count; d++)
            if (axes[d].Mask is { } mask) register_module($"kernel_mask_{d}", mask);
        register_module("pointwise", pointwise);
    }

    internal bool Causal => axes[0].Axis.Kind == AxisKind.CausalKernel;

    internal IReadOnlyList<KernelAxis> Axes => axes;

    internal IEnumerable<Mask> Masks => axes.Select(a => a.Mask).OfType<Mask>();

    /// <summary>Kernel points per spatial dimension of the realised network.</summary>
    internal int[] KernelSize => axes.Select(a => a.ActiveWindow().Count).ToArray();

    public override Tensor forward(Tensor x) => forward(x, pointwise.Outputs);

    /// <summary><c>[B, C_in, *n]</c> to the first <paramref name="outputs"/> channels <c>[B, outputs, *n]</c>.</summary>
    public Tensor forward(Tensor x, int outputs)
    {
        ArgumentNullException.ThrowIfNull(x);
        using var scope = NewDisposeScope();
        var kernel = Kernel((int)x.shape[1]);
        var mixed = DepthwiseConvolution.Apply(x, kernel, Causal, fftThreshold);
        return pointwise.forward(mixed, outputs).MoveToOuterDisposeScope();
    }

    /// <summary>The masked kernel of the first <paramref name="channels"/> channels, <c>[channels, *window]</c>.</summary>
    public Tensor Kernel(int channels)
    {
        using var scope = NewDisposeScope();
        var windows = axes.Select(a => a.Window(crop)).ToArray();
        var values = generator.forward(Coordinates(windows), channels);
        if (MaskValues(windows) is { } mask) values = values * mask.unsqueeze(1);
        var shape = new long[windows.Length + 1];
        shape[0] = channels;
        for (var d = 0; d < windows.Length; d++) shape[d + 1] = windows[d].Count;
        return values.t().reshape(shape).MoveToOuterDisposeScope();
    }

    /// <summary>Adds generator, depthwise and pointwise costs for <paramref name="inputs"/> → <paramref name="outputs"/> channels.</summary>
    internal void Costs(CostSheet sheet, string name, int block, Tensor gate, Tensor inputs, Tensor outputs,
        IReadOnlyList<Tensor> spatial)
    {
        var kernel = axes.Select(a => a.Size(sheet.Mode)).ToArray();
        var fftSizes = sheet.Mode == CostMode.Supernet ? axes.Select(a => a.Axis.Length).ToArray() : KernelSize;
        sheet.Generator($"{name}.kernel", block, gate, generatorCost, CostSheet.Product(kernel), inputs);
        sheet.Depthwise($"{name}.depthwise", block, gate, inputs, spatial, kernel,
            DepthwiseConvolution.UsesFft(fftSizes, fftThreshold));
        sheet.Dense($"{name}.pointwise", block, gate, inputs, outputs, CostSheet.Product(spatial));
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
