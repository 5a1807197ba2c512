namespace DNArch.Benchmarks;

/// <summary>
/// Training-step time of the full (global-kernel) sequence supernet by length (1,024 to 16,384 in the benchmark: 64
/// channels × 4 blocks, batch 4): the FFT path (the default) against the direct path (FFT threshold above every kernel).
/// </summary>
static class LongSequenceBenchmark
{
    public sealed record Row(string Path, int Length, double StepMs);

    public static readonly int[] Lengths = [1024, 2048, 4096, 8192, 16384];

    public static IReadOnlyList<Row> Run(IReadOnlyList<int> lengths, int width, int batch, int steps, int directUpTo)
    {
        ArgumentNullException.ThrowIfNull(lengths);
        var rows = new List<Row>();
        foreach (var (path, threshold) in (ReadOnlySpan<(string, string)>)[("fft", "24"), ("direct", $"{int.MaxValue}")])
            foreach (var length in lengths.Where(n => path == "fft" || n <= directUpTo))
                rows.Add(new Row(path, length, StepMs(new BenchmarkCase($"sequence-{length}", [length], width, 4, batch), threshold, steps)));
        return rows;
    }

    static double StepMs(BenchmarkCase benchmark, string fftThreshold, int steps)
    {
        using var network = benchmark.Create(new Dictionary<string, string?> { ["Network:FftThreshold"] = fftThreshold });
        var (inputs, labels) = benchmark.RandomBatch();
        using (inputs)
        using (labels)
            return TrainingStep.Median(TrainingStep.Repeat(network, inputs, labels, 1, steps).Select(t => t.TotalMs));
    }
}
