using DNArch.Abstractions.Kernels;
using TorchSharp;
using static TorchSharp.torch;

namespace DNArch.Engine.Network;

/// <summary>
/// Separable continuous-kernel convolution (the blocks' conv): a depthwise conv, one generated kernel per input
/// channel, then a pointwise channel mixer that uses only the weights of the active input and output channels.
/// </summary>
public sealed class SeparableCKConv : ContinuousConvolution
{
    readonly ChannelMixer pointwise;

    internal SeparableCKConv(string name, KernelGenerator generator, IReadOnlyList<KernelAxis> axes, ChannelMixer pointwise,
        GeneratorCost generatorCost, int fftThreshold, CropSwitch crop, KernelCache cache)
        : base(name, generator, axes, generatorCost, fftThreshold, crop, cache)
    {
        this.pointwise = pointwise;
        register_module("pointwise", pointwise);
    }

    internal ChannelMixer Pointwise => pointwise;

    public override Tensor forward(Tensor x) => forward(x, pointwise.Outputs);

    public override Tensor forward(Tensor x, int outputs)
    {
        ArgumentNullException.ThrowIfNull(x);
        using var scope = NewDisposeScope();
        var mixed = DepthwiseConvolution.Apply(x, KernelFor(x, (int)x.shape[1]), Causal, FftThreshold);
        return pointwise.forward(mixed, outputs).MoveToOuterDisposeScope();
    }

    internal override void Costs(CostSheet sheet, string name, int block, Tensor gate, Tensor inputs, Tensor outputs,
        IReadOnlyList<Tensor> spatial)
    {
        KernelCosts(sheet, name, block, gate, inputs, inputs, inputs, spatial);
        sheet.Dense($"{name}.pointwise", block, gate, inputs, outputs, CostSheet.Product(spatial));
    }
}
