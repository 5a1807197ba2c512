using System.Text;
using ScottPlot;

namespace DNArch.Benchmarks.Report;

/// <summary>
/// Part 2: step time against the fraction of the supernet's FLOPs kept, from <c>cropping.json</c>; and, when
/// <c>cropping-1thread.json</c> is there, the same on one thread.
/// </summary>
static class CroppingSection
{
    const double AboutQuarter = 0.25;
    const double SpeedUpTarget = 3.0;

    public static string? Render(string results, Charts charts)
    {
        var path = Path.Combine(results, "cropping.json");
        if (!File.Exists(path)) return null;
        var result = ResultFile.Read<CroppingBenchmark.Result>(path);
        var rows = result.Rows;
        var text = new StringBuilder("## 2. Dynamic cropping\n\n");
        text.AppendLine($"{Capitalised(result.Case)} supernet ({string.Join(" × ", result.Shape)} × {result.Width} channels × {result.Blocks} blocks, batch {result.Batch}, {Threads(result)}), masks initialised to keep less and held there (the steps update only the weights, so each row times the architecture whose FLOPs it shows); each setting is timed right after the supernet, so that each speed-up divides times taken within the same few seconds ({result.Rounds} rounds that visit every setting in turn; {result.Steps} steps of each network after {CroppingBenchmark.Warmup} untimed ones); step ms is the median, the supernet's over all its steps.\n");
        text.AppendLine(Table(rows));
        if (NearestQuarter(rows) is { } nearest)
            text.AppendLine($"Target (at about 25% of the FLOPs a step takes ≤ 1/3 of the full step): nearest setting " +
                $"{100 * nearest.FlopsFraction:F0}% FLOPs, speed-up {nearest.SpeedUp:F2}× at {Threads(result)} — {Verdict.Of(nearest.SpeedUp >= SpeedUpTarget)}.\n");
        var plot = new Plot();
        foreach (var group in rows.GroupBy(r => r.Dimension))
        {
            var points = plot.Add.ScatterPoints(group.Select(r => r.FlopsFraction).ToArray(), group.Select(r => 1 / r.SpeedUp).ToArray());
            points.LegendText = group.Key;
            points.MarkerSize = 9;
        }
        plot.Add.Line(0, 0, 1, 1).LegendText = "time ∝ FLOPs";
        text.AppendLine(charts.Save(plot, "cropping.png", "Step time vs FLOPs kept", "FLOPs / supernet FLOPs", "step time / full step time"));
        var oneThread = Path.Combine(results, "cropping-1thread.json");
        if (File.Exists(oneThread))
        {
            var single = ResultFile.Read<CroppingBenchmark.Result>(oneThread);
            text.AppendLine($"\n**On one thread** (run with `OMP_NUM_THREADS=1`; measured at {Threads(single)}, batch {single.Batch}, {single.Rounds} rounds of {single.Steps} steps, only the rows of all dimensions together; an analysis of the target above, which is judged at {Threads(result)}, the default of one per core):\n");
            text.AppendLine(Table(single.Rows));
            if (NearestQuarter(single.Rows) is { } one)
                text.AppendLine($"At {100 * one.FlopsFraction:F0}% of the FLOPs a one-thread step takes 1/{one.SpeedUp:F2} of the one-thread full step.\n");
        }
        return text.ToString();
    }

    static string Threads(CroppingBenchmark.Result result) => result.Threads == 1 ? "1 thread" : $"{result.Threads} threads";

    static string Capitalised(string name) => name.Length == 0 ? name : char.ToUpperInvariant(name[0]) + name[1..];

    static string Table(IEnumerable<CroppingBenchmark.Row> rows)
    {
        var table = new MarkdownTable("dimension", "setting", "FLOPs (MACs/example)", "of supernet", "step ms", "speed-up");
        foreach (var r in rows)
            table.Add(r.Dimension, r.Setting, $"{r.Flops:N0}", $"{100 * r.FlopsFraction:F0}%", Verdict.Ms(r.StepMs), $"{r.SpeedUp:F2}×");
        return table.ToString();
    }

    static CroppingBenchmark.Row? NearestQuarter(IEnumerable<CroppingBenchmark.Row> rows) =>
        rows.Where(r => r.Dimension == "together").MinBy(r => Math.Abs(r.FlopsFraction - AboutQuarter));
}
