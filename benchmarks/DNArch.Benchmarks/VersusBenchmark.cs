using DNArch.Host.Hosting;
using static TorchSharp.torch;

namespace DNArch.Benchmarks;

/// <summary>
/// The C# half of the comparison with PyTorch: builds a case's supernet, optionally exports its initial weights and
/// batch for <c>benchmarks/pytorch/supernet_step.py</c>, then times training steps at a fixed thread count.
/// </summary>
static class VersusBenchmark
{
    public const int Warmup = 3;

    public static VersusResult Run(BenchmarkCase benchmark, int threads, int steps, string? exportDirectory)
    {
        ArgumentNullException.ThrowIfNull(benchmark);
        set_num_threads(threads);
        using (ones(1).add(1)) { }
        var baseline = Rss.MiB();
        using var network = benchmark.Create();
        var (inputs, labels) = benchmark.RandomBatch();
        using (inputs)
        using (labels)
        {
            if (exportDirectory is not null)
                WeightExport.Write(exportDirectory, network.state_dict().Select(p => (p.Key, p.Value))
                    .Append(("input", inputs)).Append(("labels", labels)));
            var firstLoss = FirstLoss(network, inputs, labels);
            var timings = TrainingStep.Repeat(network, inputs, labels, Warmup, steps);
            var libraries = TorchLibraries.Describe();
            return new VersusResult(Implementation(), benchmark.Name, threads, firstLoss,
                [.. timings.Select(t => t.TotalMs)], [.. timings.Select(t => t.ForwardMs)],
                [.. timings.Select(t => t.BackwardMs)], [.. timings.Select(t => t.OptimizerMs)], baseline, Rss.PeakMiB(),
                libraries.Blas, libraries.Fft, libraries.BuildSettings);
        }
    }

    static double FirstLoss(DNArch.Engine.Network.Supernet network, Tensor inputs, Tensor labels)
    {
        using var scope = NewDisposeScope();
        using var _ = no_grad();
        return nn.functional.cross_entropy(network.forward(inputs), labels).item<float>();
    }

    // The allocator is part of what is measured: run.sh times the C# process on jemalloc (dnarch's default where it
    // is installed) and on glibc's malloc.
    static string Implementation() => JemallocPreload.Active
        ? "DNArch (TorchSharp, jemalloc: the default)"
        : "DNArch (TorchSharp, glibc malloc)";
}
