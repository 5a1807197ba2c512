using System.Text;
using ScottPlot;

namespace DNArch.Benchmarks.Report;

/// <summary>
/// Part 3: step time from length 1k to 64k, FFT (with and without activation checkpointing) against direct, from
/// <c>long.json</c>; peak memory per length and path from <c>long-memory/*.json</c>.
/// </summary>
static class LongSequenceSection
{
    const double PerDoublingTarget = 2.5;

    public static string? Render(string results, Charts charts)
    {
        var path = Path.Combine(results, "long.json");
        if (!File.Exists(path)) return null;
        var rows = ResultFile.Read<List<LongSequenceBenchmark.Row>>(path);
        var memory = Memory(results);
        var text = new StringBuilder("## 3. Long sequences\n\n");
        text.AppendLine("Full sequence supernet with global kernels (kernel length = sequence length), " +
            $"{LongSequenceBenchmark.Width} × 4 blocks, batch {LongSequenceBenchmark.Batch}, architecture held (only the weights are stepped); " +
            "median step over rounds that visit every length in turn (the direct path: one round). Growth = this length's step time over the previous (half) length's. " +
            "`fft-checkpointed` recomputes each block's forward in the backward (`Search:Network:Checkpointing=true`) instead of keeping its activations. " +
            "Peak RSS: a process of its own per length and path, two steps; baseline = its RSS once libtorch is loaded (included in the peak).\n");
        var table = new MarkdownTable("path", "length", "step ms", "growth per doubling", "peak RSS MiB", "peak − baseline");
        var plot = new Plot();
        var worstFft = 0.0;
        foreach (var group in rows.GroupBy(r => r.Path))
        {
            var list = group.OrderBy(r => r.Length).ToList();
            for (var i = 0; i < list.Count; i++)
            {
                var growth = i == 0 ? double.NaN : list[i].StepMs / list[i - 1].StepMs;
                if (group.Key == LongSequenceBenchmark.Fft && i > 0) worstFft = Math.Max(worstFft, growth);
                var peak = memory.GetValueOrDefault((group.Key, list[i].Length));
                table.Add(group.Key, $"{list[i].Length:N0}", Verdict.Ms(list[i].StepMs), i == 0 ? "" : $"{growth:F2}×",
                    peak is null ? "" : $"{peak.PeakMiB:F0}", peak is null ? "" : $"{peak.PeakMiB - peak.BaselineMiB:F0}");
            }
            var line = plot.Add.Scatter(list.Select(r => Math.Log2(r.Length)).ToArray(), list.Select(r => Math.Log10(r.StepMs)).ToArray());
            line.LegendText = group.Key;
        }
        text.AppendLine(table.ToString());
        text.AppendLine($"Target (FFT path ≤ {PerDoublingTarget}× per doubling): worst {worstFft:F2}× — {Verdict.Of(worstFft <= PerDoublingTarget)}.\n");
        text.AppendLine(charts.Save(plot, "long-sequences.png", "Step time vs sequence length", "log2(length)", "log10(step ms)"));
        return text.ToString();
    }

    static Dictionary<(string, int), LongSequenceBenchmark.MemoryRow> Memory(string results)
    {
        var folder = Path.Combine(results, "long-memory");
        return Directory.Exists(folder)
            ? Directory.GetFiles(folder, "*.json").Select(ResultFile.Read<LongSequenceBenchmark.MemoryRow>)
                .ToDictionary(r => (r.Path, r.Length))
            : [];
    }
}
