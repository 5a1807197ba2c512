namespace DNArch.Benchmarks;

/// <summary>
/// Training-step time of the full (global-kernel) sequence supernet by length (1,024 to 65,536 in the benchmark: 64
/// channels × 4 blocks, batch 4): the FFT path (the default), the FFT path with activation checkpointing per block
/// (<c>Search:Network:Checkpointing</c>) and the direct path (FFT threshold above every kernel). The FFT paths are timed
/// in rounds that visit every length in turn, so that a slow spell of a shared machine falls on all lengths rather than
/// on one (single passes put one doubling anywhere between 2.4× and 2.9×); the direct path, seconds per step, is timed
/// once. Peak memory is measured per process (<see cref="Memory"/>), one length and path each.
/// </summary>
static class LongSequenceBenchmark
{
    public sealed record Row(string Path, int Length, double StepMs);

    /// <summary>
    /// One process's peak resident memory over a few steps at one length, and its resident memory once libtorch was
    /// loaded (the libraries' own footprint, which the peak includes).
    /// </summary>
    public sealed record MemoryRow(string Path, int Length, double BaselineMiB, double PeakMiB);

    public static readonly int[] Lengths = [1024, 2048, 4096, 8192, 16384, 32768, 65536];

    public const string Fft = "fft";
    public const string Checkpointed = "fft-checkpointed";
    public const string Direct = "direct";

    public const int Width = 64;
    public const int Batch = 4;

    public static IReadOnlyList<Row> Run(IReadOnlyList<int> lengths, int width, int batch, int steps, int rounds, int directUpTo)
    {
        ArgumentNullException.ThrowIfNull(lengths);
        string[] paths = [Fft, Checkpointed];
        var times = paths.ToDictionary(p => p, _ => lengths.ToDictionary(n => n, _ => new List<double>()));
        for (var round = 0; round < rounds; round++)
            foreach (var length in lengths)
                foreach (var path in paths)
                    times[path][length].AddRange(StepMs(Case(length, width, batch), path, steps));
        return
        [
            .. paths.SelectMany(p => lengths.Select(n => new Row(p, n, TrainingStep.Median(times[p][n])))),
            .. lengths.Where(n => n <= directUpTo).Select(n =>
                new Row(Direct, n, TrainingStep.Median(StepMs(Case(n, width, batch), Direct, steps)))),
        ];
    }

    /// <summary>Builds the benchmark's network at one length on <paramref name="path"/> and runs two steps.</summary>
    public static MemoryRow Memory(int length, string path, int width = Width, int batch = Batch)
    {
        using (TorchSharp.torch.ones(1).add(1)) { }
        var baseline = Rss.MiB();
        StepMs(Case(length, width, batch), path, 1).ToList();
        return new MemoryRow(path, length, baseline, Rss.PeakMiB());
    }

    static BenchmarkCase Case(int length, int width, int batch) => new($"sequence-{length}", [length], width, 4, batch);

    static IEnumerable<double> StepMs(BenchmarkCase benchmark, string path, int steps)
    {
        using var network = benchmark.Create(new Dictionary<string, string?>
        {
            ["Network:FftThreshold"] = path == Direct ? $"{int.MaxValue}" : "24",
            ["Network:Checkpointing"] = path == Checkpointed ? "true" : "false",
        });
        var (inputs, labels) = benchmark.RandomBatch();
        using (inputs)
        using (labels)
            return TrainingStep.Repeat(network, inputs, labels, 1, steps, fixedArchitecture: true).Select(t => t.TotalMs).ToList();
    }
}
