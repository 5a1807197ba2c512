using TorchSharp;
using static TorchSharp.torch;

namespace DNArch.Abstractions.Kernels;

/// <summary>
/// A continuous kernel: <c>forward(coordinates)</c> maps positions <c>[P, Dimensions]</c> in [-1, 1] to kernel values
/// <c>[P, OutputChannels]</c>. Its parameter count does not depend on the kernel size.
/// </summary>
public abstract class KernelGenerator(string name, KernelSpec spec) : nn.Module<Tensor, Tensor>(name)
{
    /// <summary>What the generator must produce: coordinates per position, output channels, initial output scale.</summary>
    public KernelSpec Spec { get; } = spec;

    /// <summary>Multiply-accumulates to evaluate one position (for complexity metrics).</summary>
    public abstract long MacsPerPosition { get; }

    /// <summary>
    /// The last layer's channels, for generators whose output layer can be sliced when a conv's width shrinks.
    /// Forward with <paramref name="channels"/> evaluates only the first channels of the output.
    /// </summary>
    public abstract Tensor forward(Tensor coordinates, int channels);

    /// <summary>The kernel values of every output channel at <paramref name="coordinates"/>.</summary>
    public override Tensor forward(Tensor coordinates) => forward(coordinates, Spec.OutputChannels);
}
