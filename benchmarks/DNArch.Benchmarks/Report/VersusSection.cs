using System.Text;
using ScottPlot;

namespace DNArch.Benchmarks.Report;

/// <summary>Part 1: DNArch against PyTorch, from <c>versus/*.json</c> (one file per process run).</summary>
static class VersusSection
{
    const double StepTarget = 0.85;
    const double RssTarget = 1.2;

    public static string? Render(string results, Charts charts)
    {
        var folder = Path.Combine(results, "versus");
        if (!Directory.Exists(folder)) return null;
        var runs = Directory.GetFiles(folder, "*.json").Order().Select(ResultFile.Read<VersusResult>).ToList();
        if (runs.Count == 0) return null;
        var text = new StringBuilder("## 1. Against PyTorch\n\n");
        text.AppendLine("Forward + backward + AdamW (lr 1e-3) steps of the same supernet (MLP kernels on the whole grid × Gaussian " +
            "masks, FFT depthwise convs, sigmoid width and depth masks; PyTorch loads the C# initial weights and batch), " +
            "separate processes run alternately, the median over all timed steps of all runs of an implementation.\n");
        var table = new MarkdownTable("case", "implementation", "runs", "threads", "first loss", "step ms (median)",
            "forward", "backward", "optimizer", "RSS MiB: baseline", "peak", "peak − baseline");
        var verdicts = new MarkdownTable("case", "ours", "against", "step ratio (ours / theirs)", $"≤ {StepTarget}", "RSS ratio",
            $"≤ {RssTarget}", "first-loss difference");
        var plot = new Plot();
        var position = 0;
        foreach (var group in runs.GroupBy(r => r.Case))
        {
            var byImplementation = group.GroupBy(r => r.Implementation).ToList();
            foreach (var implementation in byImplementation)
            {
                var median = Median(implementation, r => r.StepMs);
                table.Add(group.Key, implementation.Key, $"{implementation.Count()}", $"{implementation.First().Threads}",
                    $"{implementation.First().FirstLoss:F6}", Verdict.Ms(median), Verdict.Ms(Median(implementation, r => r.ForwardMs)),
                    Verdict.Ms(Median(implementation, r => r.BackwardMs)), Verdict.Ms(Median(implementation, r => r.OptimizerMs)),
                    $"{implementation.Max(r => r.BaselineRssMiB):F0}", $"{implementation.Max(r => r.PeakRssMiB):F0}",
                    $"{implementation.Max(r => r.PeakRssMiB - r.BaselineRssMiB):F0}");
                var bar = plot.Add.Bar(position++, median);
                bar.LegendText = $"{group.Key}: {implementation.Key}";
                bar.Color = implementation.Key.StartsWith("PyTorch", StringComparison.Ordinal) ? Colors.Orange : Colors.SteelBlue;
            }
            position++;
            foreach (var theirs in byImplementation.Where(i => i.Key.StartsWith("PyTorch", StringComparison.Ordinal)))
                foreach (var ours in byImplementation.Where(i => i.Key.StartsWith("DNArch", StringComparison.Ordinal)))
                {
                    var step = Median(ours, r => r.StepMs) / Median(theirs, r => r.StepMs);
                    var rss = ours.Max(r => r.PeakRssMiB) / theirs.Max(r => r.PeakRssMiB);
                    verdicts.Add(group.Key, ours.Key, theirs.Key, Verdict.Ratio(step), Verdict.Of(step <= StepTarget),
                        Verdict.Ratio(rss), Verdict.Of(rss <= RssTarget),
                        $"{Math.Abs(ours.First().FirstLoss - theirs.First().FirstLoss):E1}");
                }
        }
        text.AppendLine(table.ToString());
        text.AppendLine(verdicts.ToString());
        text.AppendLine(Libraries(runs));
        text.AppendLine(charts.Save(plot, "versus.png", "Training step, median", "run", "ms"));
        return text.ToString();
    }

    /// <summary>The BLAS and FFT each implementation ran on, as its processes reported them.</summary>
    static string Libraries(IReadOnlyList<VersusResult> runs)
    {
        var table = new MarkdownTable("implementation", "BLAS (loaded)", "FFT", "build settings");
        foreach (var implementation in runs.GroupBy(r => r.Implementation).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var run = implementation.First();
            table.Add(implementation.Key, run.Blas ?? "not reported", run.Fft ?? "not reported", run.BuildSettings ?? "");
        }
        return "Libraries of each side (PyTorch: the BLAS mapped into the process, chosen per process with `LD_LIBRARY_PATH`, " +
            "and `torch.__config__.show()`'s settings; DNArch: libtorch's `at::show_config()`, the same description):\n\n" + table;
    }

    static double Median(IEnumerable<VersusResult> runs, Func<VersusResult, double[]> values) =>
        TrainingStep.Median(runs.SelectMany(values));
}
