using static System.FormattableString;

namespace DNArch.Benchmarks;

/// <summary>
/// Dynamic cropping: training-step time of a case's supernet with its masks initialised to keep less of one
/// dimension (kernel window, width, depth, resolution) or of all together, against the FLOPs fraction kept.
/// </summary>
static class CroppingBenchmark
{
    public sealed record Row(string Dimension, string Setting, double FlopsFraction, long Flops, double StepMs, double SpeedUp);

    const int Warmup = 2;

    /// <summary>
    /// Times every setting in <paramref name="rounds"/> rounds that visit all of them in turn (a slow spell of a shared
    /// machine then falls on every setting rather than on one), <paramref name="steps"/> steps each time.
    /// </summary>
    public static IReadOnlyList<Row> Run(BenchmarkCase benchmark, int steps, int rounds)
    {
        ArgumentNullException.ThrowIfNull(benchmark);
        var settings = Settings(benchmark).ToList();
        var times = settings.Select(_ => new List<double>()).ToList();
        var counts = new (long Flops, long MaxFlops)[settings.Count];
        for (var round = 0; round < rounds; round++)
            for (var i = 0; i < settings.Count; i++)
            {
                using var network = benchmark.Create(settings[i].Values);
                var (inputs, labels) = benchmark.RandomBatch();
                using (inputs)
                using (labels)
                {
                    var record = network.Record();
                    counts[i] = (record.Flops, record.MaxFlops);
                    times[i].AddRange(TrainingStep.Repeat(network, inputs, labels, Warmup, steps, fixedArchitecture: true)
                        .Select(t => t.TotalMs));
                }
            }
        var medians = times.Select(TrainingStep.Median).ToList();
        return settings.Select((setting, i) => new Row(setting.Dimension, setting.Setting,
            (double)counts[i].Flops / counts[i].MaxFlops, counts[i].Flops, medians[i], medians[0] / medians[i])).ToList();
    }

    static IEnumerable<(string Dimension, string Setting, Dictionary<string, string?> Values)> Settings(BenchmarkCase benchmark)
    {
        yield return ("full", "supernet", new());
        foreach (var size in (string[])["0.5", "0.25", "0.1", "0.04"])
            yield return ("kernel", $"window {size}", new() { [KernelKey] = size });
        foreach (var size in (string[])["0.75", "0.5", "0.25"])
            yield return ("width", $"channels {size}", new() { [WidthKey] = size });
        foreach (var size in (string[])["0.75", "0.5", "0.25"])
            yield return ("depth", $"blocks {size}", new() { [DepthKey] = size });
        foreach (var cutoff in (string[])["0.9", "0.75", "0.6"])
            yield return ("resolution", $"cut-off {cutoff} per block", Resolution(cutoff));
        foreach (var fraction in TogetherTargets)
        {
            var shrink = ShrinkFor(benchmark, fraction);
            var values = Together(shrink);
            var setting = Invariant($"window {values[KernelKey]}, channels {values[WidthKey]}, blocks {values[DepthKey]}, ") +
                Invariant($"cut-off {values[CutoffKey]} (aimed at {fraction:0.###})");
            yield return ("together", setting, values);
        }
    }

    /// <summary>FLOPs fractions the all-dimensions rows aim at; 25% is the target's point.</summary>
    static readonly double[] TogetherTargets = [0.5, 0.25, 0.125];

    const string KernelKey = "Masks:KernelSize:InitialSize";
    const string WidthKey = "Masks:Width:InitialSize";
    const string DepthKey = "Masks:Depth:InitialSize";
    const string CutoffKey = "Resampling:InitialCutoff";

    /// <summary>
    /// Every dimension shrunk by one factor s: window s, channels and blocks √s (their costs are about quadratic and
    /// linear), cut-off s^¼ per block (it compounds over the blocks).
    /// </summary>
    static Dictionary<string, string?> Together(double shrink)
    {
        var values = Resolution(Invariant($"{Math.Pow(shrink, 0.25):0.###}"));
        values[KernelKey] = Invariant($"{shrink:0.###}");
        values[WidthKey] = Invariant($"{Math.Sqrt(shrink):0.###}");
        values[DepthKey] = Invariant($"{Math.Sqrt(shrink):0.###}");
        return values;
    }

    /// <summary>
    /// The factor whose <see cref="Together"/> setting keeps closest to <paramref name="fraction"/> of the FLOPs
    /// (bisection on exact counts).
    /// </summary>
    static double ShrinkFor(BenchmarkCase benchmark, double fraction)
    {
        double low = 0.01, high = 1;
        for (var i = 0; i < 12; i++)
        {
            var middle = (low + high) / 2;
            if (Fraction(middle) > fraction) high = middle;
            else low = middle;
        }
        return Math.Abs(Fraction(low) - fraction) <= Math.Abs(Fraction(high) - fraction) ? low : high;

        double Fraction(double shrink)
        {
            using var network = benchmark.Create(Together(shrink));
            var record = network.Record();
            return (double)record.Flops / record.MaxFlops;
        }
    }

    static Dictionary<string, string?> Resolution(string cutoff) => new()
    {
        ["Resampling:Enabled"] = "true",
        [CutoffKey] = cutoff,
    };
}
