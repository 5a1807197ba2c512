using TorchSharp;
using static TorchSharp.torch;

namespace DNArch.Abstractions.Resampling;

/// <summary>
/// A learnable downsampling: <c>forward(x)</c> takes <c>[B, C, *spatial]</c> and returns <c>[B, C, *OutputSize]</c>,
/// never larger than its input. Every parameter of a resampler is an architecture parameter.
/// </summary>
public abstract class Resampler(string name, ResamplerSpec spec) : nn.Module<Tensor, Tensor>(name)
{
    /// <summary>Where the resampler sits: its input size and, for a fixed network, its output size.</summary>
    public ResamplerSpec Spec { get; } = spec;

    /// <summary>The spatial size <c>forward</c> returns for an input of <paramref name="inputSize"/> (no gradient).</summary>
    public abstract int[] OutputSize(IReadOnlyList<int> inputSize);

    /// <summary>
    /// <see cref="OutputSize"/> as continuous, differentiable float64 scalars (for budgets), for an input whose sizes
    /// are themselves continuous: keep it near the realised size on average, not at an upper bound of it, or a budget
    /// stops the search short of the cost it allows.
    /// </summary>
    public abstract Tensor[] ContinuousOutputSize(IReadOnlyList<Tensor> inputSize);

    /// <summary>The inverse, for dense prediction: brings <paramref name="x"/> back up to <paramref name="size"/>.</summary>
    public abstract Tensor Restore(Tensor x, IReadOnlyList<int> size);

    /// <summary>
    /// Multiply-accumulates per channel and example of resampling a grid of <paramref name="input"/> samples per
    /// dimension to one of <paramref name="output"/> (down with <c>forward</c>, up with <c>Restore</c>). The sizes are
    /// float64 scalars, continuous in a budget's estimate: keep the count differentiable in them.
    /// </summary>
    public abstract Tensor Macs(IReadOnlyList<Tensor> input, IReadOnlyList<Tensor> output);
}
