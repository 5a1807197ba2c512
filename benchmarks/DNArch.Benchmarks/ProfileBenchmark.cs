using System.Diagnostics;
using DNArch.Abstractions.Kernels;
using DNArch.Engine.Network;
using DNArch.Plugins.Kernels;
using DNArch.Plugins.Sdk.Layout;
using static TorchSharp.torch;

namespace DNArch.Benchmarks;

/// <summary>
/// Where a training step of a case's supernet goes: the step's forward / backward / optimizer phases, and each kind
/// of layer timed alone (forward + backward at the network's shapes) times how often the network has it, with the
/// training MACs of one call (<see cref="RooflineBenchmark.TrainingMacs"/>: the engine's <see cref="CostSheet"/> price
/// of the forward, times 3; GELU is not counted).
/// </summary>
static class ProfileBenchmark
{
    public sealed record Part(string Name, int Count, double EachMs, double TotalMs, double Macs = 0);

    public sealed record Result(string Case, double StepMs, double ForwardMs, double BackwardMs, double OptimizerMs, IReadOnlyList<Part> Parts);

    public static Result Run(BenchmarkCase benchmark, int repeats)
    {
        ArgumentNullException.ThrowIfNull(benchmark);
        var convs = benchmark.Blocks + 1;
        var spatial = benchmark.Shape.Select(n => (long)n).ToArray();
        long[] stream = [benchmark.Batch, benchmark.Width, .. spatial];
        long[] kernelSize = benchmark.Shape.Length == 1 ? spatial : [.. spatial.Select(_ => (long)new NetworkOptions().KernelGrid)];
        var causal = benchmark.Shape.Length == 1;
        using var generator = new MlpKernel(new KernelSpec(benchmark.Shape.Length, benchmark.Width, 1.0), new MlpKernelOptions());
        using var coordinates = rand(kernelSize.Aggregate(1L, (p, k) => p * k), benchmark.Shape.Length) * 2 - 1;
        // Images in the layout the network keeps them in (docs/benchmarks.md, "Channels-last images").
        var image = benchmark.Shape.Length == 2;
        using var sample = randn(stream);
        using var x = (image ? ChannelsLast.From(sample) : sample.alias()).requires_grad_();
        using var kernel = randn([benchmark.Width, .. kernelSize], requires_grad: true);
        using var mixer = new ChannelMixer("mixer", benchmark.Width, benchmark.Width);
        using var norm = ChannelNorm.Create(new NetworkOptions().Norm, "norm", benchmark.Width); // the cases keep the default norm
        var macs = PartMacs(benchmark, generator.MacsPerPosition, spatial, kernelSize, causal);
        Part[] parts =
        [
            Measure("kernel generator (MLP on the grid)", convs, repeats, () => generator.forward(coordinates)) with { Macs = macs[0] },
            Measure("depthwise conv (FFT)", convs, repeats, () => DepthwiseConvolution.Fft(x, kernel, causal)) with { Macs = macs[1] },
            Measure($"pointwise / linear ({(image ? "1×1 conv" : "bmm")})", 2 * benchmark.Blocks, repeats, () => mixer.forward(x, benchmark.Width)) with { Macs = macs[2] },
            Measure("channel norm", benchmark.Blocks + 2, repeats, () => norm.forward(x, benchmark.Width)) with { Macs = macs[3] },
            Measure("GELU", 2 * benchmark.Blocks + 1, repeats, () => nn.functional.gelu(x)),
        ];
        using var network = benchmark.Create();
        var (inputs, labels) = benchmark.RandomBatch();
        using (inputs)
        using (labels)
        {
            var steps = TrainingStep.Repeat(network, inputs, labels, 2, repeats);
            return new Result($"{benchmark.Name} (DNArch)", TrainingStep.Median(steps.Select(s => s.TotalMs)),
                TrainingStep.Median(steps.Select(s => s.ForwardMs)), TrainingStep.Median(steps.Select(s => s.BackwardMs)),
                TrainingStep.Median(steps.Select(s => s.OptimizerMs)), parts);
        }
    }

    /// <summary>Training MACs of one call of the generator (once per batch), depthwise conv, mixer and norm (per example × batch).</summary>
    static double[] PartMacs(BenchmarkCase benchmark, long generatorMacsPerPosition, long[] spatial, long[] kernelSize, bool causal)
    {
        using var scope = NewDisposeScope();
        var sheet = new CostSheet(CostMode.Supernet);
        Tensor[] size = [.. spatial.Select(n => tensor((double)n))];
        Tensor[] kernel = [.. kernelSize.Select(k => tensor((double)k))];
        var channels = tensor((double)benchmark.Width);
        var positions = CostSheet.Product(size);
        sheet.Generator("generator", 0, CostSheet.One, new GeneratorCost(0, 0, generatorMacsPerPosition, 0),
            CostSheet.Product(kernel), channels);
        sheet.Convolution("depthwise", 0, CostSheet.One, channels, channels, 2 * channels, size, kernel, fft: true, causal);
        sheet.Dense("mixer", 0, CostSheet.One, channels, channels, positions);
        sheet.Norm("norm", 0, CostSheet.One, channels, positions);
        return [.. sheet.Layers.Select((l, i) =>
            RooflineBenchmark.TrainingMacs(l.Macs.item<double>() * (l.PerExample ? benchmark.Batch : 1)))];
    }

    static Part Measure(string name, int count, int repeats, Func<Tensor> layer)
    {
        // A dense upstream gradient, as in a step: sum()'s is a stride-0 view, which some backwards copy or take a
        // slower path for (bmm's among them).
        using var gradient = DenseGradient();
        double Once()
        {
            using var scope = NewDisposeScope();
            var clock = Stopwatch.StartNew();
            layer().backward([gradient]);
            return clock.Elapsed.TotalMilliseconds;
        }
        Tensor DenseGradient()
        {
            using var scope = NewDisposeScope();
            return randn_like(layer()).MoveToOuterDisposeScope();
        }
        Once();
        var each = TrainingStep.Median(Enumerable.Range(0, repeats).Select(_ => Once()));
        return new Part(name, count, each, each * count);
    }
}
