using DNArch.Abstractions.Kernels;
using TorchSharp;
using static TorchSharp.torch;

namespace DNArch.Engine.Network;

/// <summary>
/// Full continuous-kernel convolution (the stem's conv): output channel o is <c>Σ_i k_{o,i} ⋆ x_i</c>, one generated
/// kernel per (output, input) pair, ordered output-major so that the first <c>outputs · C_in</c> kernels are exactly
/// those of the first outputs. The stem needs it because a separable conv on a 1-channel input gives every stem
/// channel the same filtered map up to scale and shift, which the channel norm then squashes to nearly its sign.
/// </summary>
public sealed class FullCKConv : ContinuousConvolution
{
    readonly int maximumOutputs;

    internal FullCKConv(string name, KernelGenerator generator, IReadOnlyList<KernelAxis> axes, int outputs,
        GeneratorCost generatorCost, int fftThreshold, CropSwitch crop, KernelCache cache)
        : base(name, generator, axes, generatorCost, fftThreshold, crop, cache) => maximumOutputs = outputs;

    public override Tensor forward(Tensor x) => forward(x, maximumOutputs);

    public override Tensor forward(Tensor x, int outputs)
    {
        ArgumentNullException.ThrowIfNull(x);
        using var scope = NewDisposeScope();
        var inputs = x.shape[1];
        var kernels = KernelFor(x, outputs * (int)inputs);
        var weight = kernels.view([outputs, inputs, .. kernels.shape[1..]]);
        return FullConvolution.Apply(x, weight, Causal, FftThreshold).MoveToOuterDisposeScope();
    }

    internal override void Costs(CostSheet sheet, string name, int block, Tensor gate, Tensor inputs, Tensor outputs,
        IReadOnlyList<Tensor> spatial) =>
        KernelCosts(sheet, name, block, gate, inputs * outputs, inputs, outputs, spatial);
}
