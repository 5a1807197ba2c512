using DNArch.Abstractions.Kernels;
using static TorchSharp.torch;

namespace DNArch.Engine.Network;

/// <summary>
/// Parameters and MACs per position of a kernel generator as a function of the output channels it is evaluated for:
/// <c>P(c) = P0 + c·p1</c>, <c>M(c) = M0 + c·m1</c> (only the output layer depends on c, linearly). Measured on two
/// small probe generators, so the engine needs no knowledge of a plugin's layers.
/// </summary>
sealed record GeneratorCost(double Params0, double ParamsPerChannel, double Macs0, double MacsPerChannel)
{
    public static GeneratorCost Measure(Func<KernelSpec, KernelGenerator> create, int dimensions)
    {
        ArgumentNullException.ThrowIfNull(create);
        using var one = create(new KernelSpec(dimensions, 1, 1.0));
        using var two = create(new KernelSpec(dimensions, 2, 1.0));
        double p1 = Count(one), p2 = Count(two);
        return new GeneratorCost(2 * p1 - p2, p2 - p1, 2.0 * one.MacsPerPosition - two.MacsPerPosition,
            two.MacsPerPosition - one.MacsPerPosition);
    }

    public static long Count(nn.Module module) => module.parameters().Sum(p => p.numel());

    public long ParamsAt(int channels) => (long)Math.Round(Params0 + channels * ParamsPerChannel);

    /// <summary>Throws when <paramref name="generator"/> does not follow the linear model (a plugin contract breach).</summary>
    public void Check(KernelGenerator generator)
    {
        ArgumentNullException.ThrowIfNull(generator);
        var channels = generator.Spec.OutputChannels;
        if (Count(generator) != ParamsAt(channels))
            throw new InvalidOperationException(
                $"Kernel generator {generator.GetType().Name} has {Count(generator)} parameters at {channels} output channels, " +
                $"not {ParamsAt(channels)}: its parameter count must be affine in the output channels.");
    }
}
