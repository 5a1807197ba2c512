using System.Text;
using System.Text.Json;
using DNArch.Abstractions.Architecture;
using DNArch.Engine.Runs;
using ScottPlot;

namespace DNArch.Benchmarks.Report;

/// <summary>
/// Part 4: Fashion-MNIST searches written by <c>benchmarks/run.sh fashion</c>: one run directory per setting, each
/// with the command that ran it (<c>command.txt</c>) and its wall time (<c>wall-seconds.txt</c>).
/// </summary>
static class FashionSection
{
    const double AccuracyTarget = 0.91;
    const double MinutesTarget = 30;

    public static string? Render(string? folder, string results, Charts charts)
    {
        if (folder is null || !Directory.Exists(folder)) return null;
        var runs = Directory.GetDirectories(folder).Order().Select(Read).OfType<Run>().ToList();
        if (runs.Count == 0) return null;
        var text = new StringBuilder("## 4. End to end: Fashion-MNIST\n\n");
        text.AppendLine("Test accuracy of the network as it ends the run (its last epoch); params and FLOPs " +
            "(MACs per example) exact counts of the realised network; wall time of the whole `dnarch search` process " +
            "(training, validation each epoch, test).\n");
        var table = new MarkdownTable("run", "test accuracy", "params", "FLOPs", "of supernet", "wall time", "depth",
            "blocks: kernel, width, input → output");
        var plot = new Plot();
        foreach (var run in runs)
        {
            var a = run.Architecture;
            table.Add(run.Name, run.Accuracy is { } acc ? $"{100 * acc:F2}%" : "unfinished", $"{a.Params:N0}", $"{a.Macs:N0}",
                $"{100.0 * a.Macs / a.MaxMacs:F0}%", run.Seconds is { } s ? $"{s / 60:F1} min" : "?", $"{a.Depth}/{a.MaxDepth}",
                string.Join("; ", a.Blocks.Where(b => b.Active).Select(b =>
                    $"{string.Join("×", b.KernelSize)}, {b.Width}, {string.Join("×", b.InputSize)}→{string.Join("×", b.OutputSize)}")));
            if (run.Accuracy is { } accuracy)
                plot.Add.ScatterPoints(new[] { a.Macs / 1e6 }, new[] { 100 * accuracy }).LegendText = run.Name;
        }
        text.AppendLine(table.ToString());
        text.Append(Baseline(results));
        if (runs.FirstOrDefault(r => r.Name == "image-budget50") is { Accuracy: { } best } target && target.Seconds is { } seconds)
            text.AppendLine($"Target (2-D, 50% budget: ≥ 91% test accuracy within 30 minutes): {100 * best:F2}% in {seconds / 60:F1} min — " +
                $"{Verdict.Of(best >= AccuracyTarget && seconds <= MinutesTarget * 60)}.\n");
        text.AppendLine("Validation accuracy after each epoch (%):\n");
        foreach (var run in runs) text.AppendLine($"- `{run.Name}`: {string.Join(" → ", run.Validation.Select(v => $"{100 * v:F1}"))}");
        text.AppendLine();
        text.AppendLine("Settings (rerun with `benchmarks/run.sh fashion [name ...]`):\n");
        foreach (var run in runs) text.AppendLine($"- `{run.Name}`: `{WithinRepository(run.Command)}`");
        text.AppendLine();
        text.AppendLine(charts.Save(plot, "fashion-accuracy-flops.png", "Fashion-MNIST: accuracy vs FLOPs", "MMACs per example", "test accuracy %"));
        return text.ToString();
    }

    /// <summary>
    /// The hand-designed CNN of <c>benchmarks/pytorch/plain_cnn.py</c> on the same split and machine
    /// (<c>benchmarks/run.sh baseline</c>), one row per number of epochs, so each search stands beside it.
    /// </summary>
    static string Baseline(string results)
    {
        var files = Directory.Exists(results) ? Directory.GetFiles(results, "plain-cnn-*.json") : [];
        if (files.Length == 0) return "No plain-CNN baseline measured yet (`benchmarks/run.sh baseline`).\n\n";
        var rows = files.Select(f => JsonDocument.Parse(File.ReadAllText(f)).RootElement)
            .OrderBy(r => r.GetProperty("epochs").GetInt32()).ToList();
        var table = new MarkdownTable("plain CNN (PyTorch)", "test accuracy", "params", "MACs per example", "training time");
        foreach (var r in rows)
            table.Add($"{r.GetProperty("epochs").GetInt32()} epochs, width {r.GetProperty("width").GetInt32()}",
                $"{100 * r.GetProperty("testAccuracy").GetDouble():F2}%", $"{r.GetProperty("params").GetInt64():N0}",
                $"{r.GetProperty("macsPerImage").GetInt64():N0}", $"{r.GetProperty("trainSeconds").GetDouble() / 60:F1} min");
        return "Beside them, a plain CNN (three 3×3 conv → BatchNorm → GELU layers, two max-pools, a linear head; AdamW, " +
            "one-cycle) trained on the same training split, on the same machine and threads:\n\n" + table + "\n";
    }

    /// <summary>
    /// The command as run from the repository root: an absolute output folder (where the machine that ran it keeps
    /// its clone) becomes the repository-relative <c>artifacts/...</c>, so the page cites no path outside the clone.
    /// </summary>
    static string WithinRepository(string command) =>
        System.Text.RegularExpressions.Regex.Replace(command, @"(--Search:Output=)\S*?/(artifacts/\S*)", "$1$2");

    sealed record Run(string Name, ArchitectureRecord Architecture, double? Accuracy, double? Seconds, string Command,
        IReadOnlyList<double> Validation);

    static Run? Read(string directory)
    {
        var run = RunDirectory.AsItStands(directory);
        if (!File.Exists(run.Architecture)) return null;
        var architecture = run.ReadArchitecture();
        var wall = Path.Combine(directory, "wall-seconds.txt");
        var command = Path.Combine(directory, "command.txt");
        var validation = run.ReadMetrics().Select(m => m.ValAccuracy).OfType<double>().ToList();
        return new Run(Path.GetFileName(directory), architecture,
            architecture.Metrics.TryGetValue("testAccuracy", out var accuracy) ? accuracy : null,
            File.Exists(wall) ? double.Parse(File.ReadAllText(wall).Trim()) : null,
            File.Exists(command) ? File.ReadAllText(command).Trim() : "?", validation);
    }
}
