namespace DNArch.Benchmarks;

/// <summary>
/// Training-step time of the full (global-kernel) sequence supernet by length (1,024 to 16,384 in the benchmark: 64
/// channels × 4 blocks, batch 4): the FFT path (the default) against the direct path (FFT threshold above every kernel).
/// The FFT path is timed in rounds that visit every length in turn, so that a slow spell of a shared machine falls
/// on all lengths rather than on one (single passes put one doubling anywhere between 2.4× and 2.9×); the direct path,
/// seconds per step, is timed once.
/// </summary>
static class LongSequenceBenchmark
{
    public sealed record Row(string Path, int Length, double StepMs);

    public static readonly int[] Lengths = [1024, 2048, 4096, 8192, 16384];

    const string FftThreshold = "24";
    static readonly string DirectThreshold = $"{int.MaxValue}";

    public static IReadOnlyList<Row> Run(IReadOnlyList<int> lengths, int width, int batch, int steps, int rounds, int directUpTo)
    {
        ArgumentNullException.ThrowIfNull(lengths);
        var fft = lengths.ToDictionary(n => n, _ => new List<double>());
        for (var round = 0; round < rounds; round++)
            foreach (var length in lengths)
                fft[length].AddRange(StepMs(Case(length, width, batch), FftThreshold, steps));
        return
        [
            .. lengths.Select(n => new Row("fft", n, TrainingStep.Median(fft[n]))),
            .. lengths.Where(n => n <= directUpTo).Select(n =>
                new Row("direct", n, TrainingStep.Median(StepMs(Case(n, width, batch), DirectThreshold, steps)))),
        ];
    }

    static BenchmarkCase Case(int length, int width, int batch) => new($"sequence-{length}", [length], width, 4, batch);

    static IEnumerable<double> StepMs(BenchmarkCase benchmark, string fftThreshold, int steps)
    {
        using var network = benchmark.Create(new Dictionary<string, string?> { ["Network:FftThreshold"] = fftThreshold });
        var (inputs, labels) = benchmark.RandomBatch();
        using (inputs)
        using (labels)
            return TrainingStep.Repeat(network, inputs, labels, 1, steps, fixedArchitecture: true).Select(t => t.TotalMs).ToList();
    }
}
