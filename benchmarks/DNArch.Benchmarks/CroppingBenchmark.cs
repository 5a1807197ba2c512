using static System.FormattableString;
using static TorchSharp.torch;

namespace DNArch.Benchmarks;

/// <summary>
/// Dynamic cropping: training-step time of a case's supernet with its masks initialised to keep less of one
/// dimension (kernel window, width, depth, resolution) or of all together, against the FLOPs fraction kept.
/// </summary>
static class CroppingBenchmark
{
    public sealed record Row(string Dimension, string Setting, double FlopsFraction, long Flops, double StepMs, double SpeedUp);

    /// <summary>The rows with what they timed, so that the report describes the run rather than the defaults.</summary>
    public sealed record Result(string Case, int[] Shape, int Width, int Blocks, int Batch, int Threads, int Rounds,
        int Steps, IReadOnlyList<Row> Rows);

    public const int Warmup = 2;

    /// <summary>
    /// Times every setting against its supernet (<see cref="SupernetOf"/>) timed just before it: each round builds, for
    /// each setting, its supernet and its network, and times <paramref name="steps"/> steps of each in turn (each after
    /// untimed ones, so both run warm), so that the speed-up divides times taken within the same few seconds. This
    /// machine's speed drifts by up to 2× over minutes, and timing the supernet once and the settings later let a slow
    /// spell land on one side of the ratio (the 25% row measured 2.25× to 3.42× in five runs within an hour that way).
    /// Rounds visit the settings in turn. With <paramref name="dimensions"/>, only the supernet and the rows of those dimensions.
    /// </summary>
    public static Result Run(BenchmarkCase benchmark, int steps, int rounds, IReadOnlyCollection<string>? dimensions = null)
    {
        ArgumentNullException.ThrowIfNull(benchmark);
        var settings = Settings(benchmark)
            .Where(s => dimensions is null || dimensions.Contains(s.Dimension)).ToList();
        var times = settings.Select(_ => new List<double>()).ToList();
        var supernetTimes = settings.Select(_ => new List<double>()).ToList();
        var counts = new (long Macs, long MaxMacs)[settings.Count];
        for (var round = 0; round < rounds; round++)
        {
            for (var i = 0; i < settings.Count; i++)
            {
                using var supernet = benchmark.Create(SupernetOf(settings[i].Values));
                using var network = benchmark.Create(settings[i].Values);
                var (inputs, labels) = benchmark.RandomBatch();
                using (inputs)
                using (labels)
                {
                    var record = network.Record();
                    counts[i] = (record.Macs, record.MaxMacs);
                    supernetTimes[i].AddRange(TrainingStep.Repeat(supernet, inputs, labels, Warmup, steps, fixedArchitecture: true)
                        .Select(t => t.TotalMs));
                    times[i].AddRange(TrainingStep.Repeat(network, inputs, labels, Warmup, steps, fixedArchitecture: true)
                        .Select(t => t.TotalMs));
                }
            }
        }
        // One row per supernet timed: without resampling (the kernel, width and depth rows' denominator) and with it.
        var supernetRows = settings.Select((setting, i) => (Resamples: Resamples(setting.Values), Index: i))
            .GroupBy(s => s.Resamples)
            .Select(group => new Row("full", group.Key ? "supernet, resampling at cut-off 1" : "supernet", 1,
                counts[group.First().Index].MaxMacs, TrainingStep.Median(group.SelectMany(s => supernetTimes[s.Index])), 1));
        Row[] rows = [.. supernetRows, .. settings.Select((setting, i) =>
        {
            var median = TrainingStep.Median(times[i]);
            return new Row(setting.Dimension, setting.Setting, (double)counts[i].Macs / counts[i].MaxMacs, counts[i].Macs,
                median, TrainingStep.Median(supernetTimes[i]) / median);
        })];
        return new Result(benchmark.Name, benchmark.Shape, benchmark.Width, benchmark.Blocks, benchmark.Batch,
            get_num_threads(), rounds, steps, rows);
    }

    static IEnumerable<(string Dimension, string Setting, Dictionary<string, string?> Values)> Settings(BenchmarkCase benchmark)
    {
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
            return (double)record.Macs / record.MaxMacs;
        }
    }

    /// <summary>
    /// The supernet a setting's FLOPs are a fraction of: the same layers with every mask full. A setting that turns
    /// resampling on is timed against the supernet that resamples at cut-off 1, as a search's supernet does (the
    /// resampler weighs its spectrum even when it keeps every bin), since its FLOPs count those resamplers in full.
    /// </summary>
    static Dictionary<string, string?> SupernetOf(Dictionary<string, string?> setting) =>
        Resamples(setting) ? Resolution("1") : [];

    static bool Resamples(Dictionary<string, string?> setting) => setting.ContainsKey(CutoffKey);

    static Dictionary<string, string?> Resolution(string cutoff) => new()
    {
        ["Resampling:Enabled"] = "true",
        [CutoffKey] = cutoff,
    };
}
