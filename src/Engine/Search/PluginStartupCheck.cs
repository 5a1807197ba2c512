using DNArch.Abstractions.Configuration;
using DNArch.Abstractions.Datasets;
using DNArch.Abstractions.Heads;
using DNArch.Abstractions.Kernels;
using DNArch.Abstractions.Masks;
using DNArch.Abstractions.Resampling;
using DNArch.Engine.Network;
using DNArch.Engine.Runs;
using Microsoft.Extensions.Configuration;
using static TorchSharp.torch;

namespace DNArch.Engine.Search;

/// <summary>
/// Builds each configured plugin's module once and runs it on a small probe input before the network is assembled,
/// so that a plugin that throws or returns a tensor of the wrong shape is reported by kind and name with what was
/// expected — once, at start, rather than as a tensor error inside a training step. The RNG is restored afterwards,
/// so probing does not change the run.
/// </summary>
static class PluginStartupCheck
{
    const int Positions = 5;
    const int Channels = 3;

    public static void Check(IConfigurationSection search, SearchSpace space, DatasetInfo data)
    {
        using var rng = get_rng_state();
        using (no_grad())
        using (NewDisposeScope())
        {
            ProbeKernel(search["Kernel:Type"], space.Generator, data.Shape.Count);
            var kernelAxis = data.Causal ? AxisKind.CausalKernel : AxisKind.CentredKernel;
            ProbeMask(search["Masks:KernelSize:Type"], space.KernelSizeMask, new MaskAxis(kernelAxis, 9));
            ProbeMask(search["Masks:Width:Type"], space.WidthMask, new MaskAxis(AxisKind.Ordinal, 8));
            ProbeMask(search["Masks:Depth:Type"], space.DepthMask, new MaskAxis(AxisKind.Ordinal, 4));
            if (space.Resampler is { } resampler) ProbeResampler(search["Resampling:Type"], resampler, data.Shape);
            ProbeHead(search["Head:Type"], space, data);
        }
        set_rng_state(rng);
    }

    /// <summary>Runs <paramref name="build"/>, turning a plugin's own failure into one message naming it.</summary>
    public static T Guard<T>(string kind, string? name, Func<T> build)
    {
        try
        {
            return build();
        }
        catch (Exception e) when (e is not InvalidInputException and not RunFailedException)
        {
            throw new RunFailedException($"The {kind} plugin '{name}' failed while building its module: {e.GetType().Name}: {e.Message}", e);
        }
    }

    static void ProbeKernel(string? name, Func<KernelSpec, KernelGenerator> create, int dimensions)
    {
        using var generator = Guard("kernel", name, () => create(new KernelSpec(dimensions, Channels, 1.0)));
        var coordinates = linspace(-1, 1, Positions * dimensions).reshape(Positions, dimensions);
        Expect("kernel", name, $"forward(coordinates [{Positions}, {dimensions}])", "[positions, output channels]",
            Guard("kernel", name, () => generator.forward(coordinates)), Positions, Channels);
        Expect("kernel", name, $"forward(coordinates [{Positions}, {dimensions}], channels: 2)", "[positions, channels]",
            Guard("kernel", name, () => generator.forward(coordinates, 2)), Positions, 2);
    }

    static void ProbeMask(string? name, Func<MaskAxis, Mask>? create, MaskAxis axis)
    {
        if (create is null) return;
        using var mask = Guard("mask", name, () => create(axis));
        Expect("mask", name, $"forward(distances [{axis.Length}])", "one value per distance",
            Guard("mask", name, () => mask.forward(axis.Distances(0, axis.Length))), axis.Length);
        if (Guard("mask", name, mask.Radius).numel() != 1)
            throw new RunFailedException($"The mask plugin '{name}' returned a Radius() of more than one value; expected a scalar.");
    }

    static void ProbeResampler(string? name, Func<ResamplerSpec, Resampler> create, IReadOnlyList<int> size)
    {
        using var resampler = Guard("resampler", name, () => create(new ResamplerSpec(size)));
        var input = ones([2, Channels, .. size.Select(s => (long)s)]);
        var output = Guard("resampler", name, () => resampler.OutputSize(size));
        Expect("resampler", name, $"forward(x [{string.Join(", ", input.shape)}])", "[batch, channels, *OutputSize(input size)]",
            Guard("resampler", name, () => resampler.forward(input)), [2, Channels, .. output]);
    }

    // Two examples of every encoding with fewer features than the most (a cropped width), at Positions per dimension when dense.
    static void ProbeHead(string? name, SearchSpace space, DatasetInfo data)
    {
        using var head = Guard("head", name, () => space.Head(new HeadSpec(data.Task, Channels, data.OutputChannels)));
        int[] spatial = data.Task == TaskKind.Classification ? [] : data.Shape.Select(_ => Positions).ToArray();
        var features = ones([2 * space.Encodings, Channels - 1, .. spatial.Select(n => (long)n)]);
        Expect("head", name, $"forward(features [{string.Join(", ", features.shape)}])", "[examples, outputs, *spatial]",
            Guard("head", name, () => head.forward(features)), [2, data.OutputChannels, .. spatial]);
    }

    static void Expect(string kind, string? name, string call, string meaning, Tensor actual, params int[] expected)
    {
        if (actual.shape.SequenceEqual(expected.Select(e => (long)e))) return;
        throw new RunFailedException(
            $"The {kind} plugin '{name}' returned a tensor of shape [{string.Join(", ", actual.shape)}] from {call}; " +
            $"expected [{string.Join(", ", expected)}] ({meaning}).");
    }
}
