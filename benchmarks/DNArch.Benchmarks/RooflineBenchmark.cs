using DNArch.Engine.Network;
using DNArch.Plugins.Budgets;
using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace DNArch.Benchmarks;

/// <summary>
/// Useful arithmetic per second against this machine's peak: each case's supernet step and a plain CNN of about the
/// same MACs per example (<see cref="PlainCnn"/>), timed alike in this process, and a large float32 matrix product on
/// the same threads (<see cref="MatmulPeak"/>).
/// </summary>
static class RooflineBenchmark
{
    /// <summary>One case: training MACs of a step (forward + backward) and the median step time of each network.</summary>
    public sealed record CaseRow(string Case, int Batch, double SupernetMacs, double SupernetStepMs, int PlainWidth,
        double PlainMacs, double PlainStepMs);

    public sealed record Result(int Threads, int MatmulSize, double PeakMacsPerSecond, string Blas, string Fft,
        int Steps, IReadOnlyList<CaseRow> Cases);

    public const int Warmup = 3;

    /// <summary>A forward's MACs with its backward, counted as twice the forward (input and weight gradients).</summary>
    public static double TrainingMacs(double forwardMacs) => 3 * forwardMacs;

    public static Result Run(IReadOnlyList<BenchmarkCase> cases, int threads, int matmulSize, int steps)
    {
        ArgumentNullException.ThrowIfNull(cases);
        set_num_threads(threads);
        var peak = MatmulPeak.MacsPerSecond(matmulSize, steps);
        var rows = cases.Select(c => Case(c, steps)).ToList();
        var libraries = TorchLibraries.Describe();
        return new Result(get_num_threads(), matmulSize, peak, libraries.Blas, libraries.Fft, steps, rows);
    }

    static CaseRow Case(BenchmarkCase benchmark, int steps)
    {
        var (inputs, labels) = benchmark.RandomBatch();
        using (inputs)
        using (labels)
        {
            using var supernet = benchmark.Create();
            var (perExample, perBatch) = ForwardMacs(supernet);
            var supernetMs = StepMs(supernet, supernet.parameters(), inputs, labels, steps);
            var width = PlainCnn.WidthFor(1, benchmark.Shape, 10, perExample);
            manual_seed(0);
            using var plain = new PlainCnn(1, benchmark.Shape, width, 10);
            var plainMs = StepMs(plain, plain.parameters(), inputs, labels, steps);
            return new CaseRow(benchmark.Name, benchmark.Batch, TrainingMacs(perExample * benchmark.Batch + perBatch),
                supernetMs, width, TrainingMacs(PlainCnn.Macs(1, benchmark.Shape, width, 10) * benchmark.Batch), plainMs);
        }
    }

    /// <summary>
    /// The realised network's forward MACs as a run counts them: per example by the <c>flops</c> budget plugin, and
    /// the kernel generators', once per forward pass.
    /// </summary>
    static (double PerExample, double PerBatch) ForwardMacs(Supernet network)
    {
        using var scope = NewDisposeScope();
        var layers = network.Costs(CostMode.Realised);
        return (new FlopsMetric().Measure(layers).item<double>(), layers.Where(l => !l.PerExample).Sum(l => l.Macs.item<double>()));
    }

    static double StepMs(nn.Module<Tensor, Tensor> network, IEnumerable<Parameter> parameters,
        Tensor inputs, Tensor labels, int steps) =>
        TrainingStep.Median(TrainingStep.Repeat(network, parameters, inputs, labels, Warmup, steps).Select(t => t.TotalMs));
}
