namespace DNArch.Benchmarks;

/// <summary>
/// Dynamic cropping: training-step time of a case's supernet with its masks initialised to keep less of one
/// dimension (kernel window, width, depth, resolution) or of all together, against the FLOPs fraction kept.
/// </summary>
static class CroppingBenchmark
{
    public sealed record Row(string Dimension, string Setting, double FlopsFraction, long Flops, double StepMs, double SpeedUp);

    const int Warmup = 2;

    public static IReadOnlyList<Row> Run(BenchmarkCase benchmark, int steps)
    {
        ArgumentNullException.ThrowIfNull(benchmark);
        var rows = new List<Row>();
        double? fullMs = null;
        foreach (var (dimension, setting, values) in Settings())
        {
            using var network = benchmark.Create(values);
            var (inputs, labels) = benchmark.RandomBatch();
            using (inputs)
            using (labels)
            {
                var record = network.Record();
                var ms = TrainingStep.Median(TrainingStep.Repeat(network, inputs, labels, Warmup, steps).Select(t => t.TotalMs));
                fullMs ??= ms;
                rows.Add(new Row(dimension, setting, (double)record.Flops / record.MaxFlops, record.Flops, ms, fullMs.Value / ms));
            }
        }
        return rows;
    }

    static IEnumerable<(string Dimension, string Setting, Dictionary<string, string?> Values)> Settings()
    {
        yield return ("full", "supernet", new());
        foreach (var size in (string[])["0.5", "0.25", "0.1", "0.04"])
            yield return ("kernel", $"window {size}", new() { ["Masks:KernelSize:InitialSize"] = size });
        foreach (var size in (string[])["0.75", "0.5", "0.25"])
            yield return ("width", $"channels {size}", new() { ["Masks:Width:InitialSize"] = size });
        foreach (var size in (string[])["0.75", "0.5", "0.25"])
            yield return ("depth", $"blocks {size}", new() { ["Masks:Depth:InitialSize"] = size });
        foreach (var cutoff in (string[])["0.9", "0.75", "0.6"])
            yield return ("resolution", $"cut-off {cutoff} per block", Resolution(cutoff));
        foreach (var (kernel, width, depth, cutoff) in ((string, string, string, string)[])
                 [("0.25", "0.9", "0.75", "0.9"), ("0.1", "0.8", "0.75", "0.9"), ("0.04", "0.8", "0.5", "1")])
        {
            var values = Resolution(cutoff);
            values["Masks:KernelSize:InitialSize"] = kernel;
            values["Masks:Width:InitialSize"] = width;
            values["Masks:Depth:InitialSize"] = depth;
            yield return ("together", $"window {kernel}, channels {width}, blocks {depth}, cut-off {cutoff}", values);
        }
    }

    static Dictionary<string, string?> Resolution(string cutoff) => new()
    {
        ["Resampling:Enabled"] = "true",
        ["Resampling:InitialCutoff"] = cutoff,
    };
}
