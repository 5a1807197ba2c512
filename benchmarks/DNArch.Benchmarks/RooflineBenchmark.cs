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

    /// <summary>Rounds of alternating supernet and plain-CNN steps.</summary>
    public const int Rounds = 5;

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
            var width = PlainCnn.WidthFor(1, benchmark.Shape, 10, perExample);
            manual_seed(0);
            using var plain = new PlainCnn(1, benchmark.Shape, width, 10);
            var (supernetMs, plainMs) = AlternatingStepMs(supernet, plain, inputs, labels, steps);
            return new CaseRow(benchmark.Name, benchmark.Batch, TrainingMacs(perExample * benchmark.Batch + perBatch),
                supernetMs, width, TrainingMacs(PlainCnn.Macs(1, benchmark.Shape, width, 10) * benchmark.Batch), plainMs);
        }
    }

    /// <summary>
    /// Median step times of both networks over <see cref="Rounds"/> rounds that alternate them, so that a slow phase of
    /// a shared machine falls on both alike (AdamW, <see cref="Warmup"/> untimed steps each first).
    /// </summary>
    static (double SupernetMs, double PlainMs) AlternatingStepMs(Supernet supernet, PlainCnn plain, Tensor inputs,
        Tensor labels, int steps)
    {
        using var supernetOptimizer = optim.AdamW(supernet.parameters(), lr: 1e-3);
        using var plainOptimizer = optim.AdamW(plain.parameters(), lr: 1e-3);
        for (var i = 0; i < Warmup; i++)
        {
            TrainingStep.Run(supernet, supernetOptimizer, inputs, labels);
            TrainingStep.Run(plain, plainOptimizer, inputs, labels);
        }
        var perRound = Math.Max(1, steps / Rounds);
        List<double> supernetMs = [], plainMs = [];
        for (var round = 0; round < Rounds; round++)
        {
            for (var i = 0; i < perRound; i++) supernetMs.Add(TrainingStep.Run(supernet, supernetOptimizer, inputs, labels).TotalMs);
            for (var i = 0; i < perRound; i++) plainMs.Add(TrainingStep.Run(plain, plainOptimizer, inputs, labels).TotalMs);
        }
        return (TrainingStep.Median(supernetMs), TrainingStep.Median(plainMs));
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
}
