using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using DNArch.Abstractions.Architecture;
using DNArch.Abstractions.Plugins;
using DNArch.Engine.Runs;
using DNArch.Plugins.Kernels;
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
    const double DefaultsAccuracyTarget = 0.90;
    const double DefaultsMinutesTarget = 10;
    const double GeneratorPointsTarget = 0.02;

    /// <summary>The kernel generators shipped in <c>plugins/Kernels</c>, each of which the generator target needs.</summary>
    static readonly string[] BuiltInGenerators = [.. typeof(MagnetKernelPlugin).Assembly.GetTypes()
        .Select(t => t.GetCustomAttribute<PluginAttribute>()).OfType<PluginAttribute>()
        .Where(a => a.Kind == PluginKind.Kernel).Select(a => a.Name).Order()];

    /// <summary>
    /// A recipe run's name, <c>&lt;layout&gt;-recipe[-GENERATOR]-s&lt;SEED&gt;</c> as <c>benchmarks/run.sh</c> names it:
    /// group <c>layout</c>, and group <c>generator</c> when the run swapped the recipe's kernel generator.
    /// </summary>
    static readonly Regex RecipeRun = new(@"^(?<layout>image|sequence)-recipe-(?:(?<generator>[a-z0-9]+)-)?s[0-9]+$");

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
        var plainRuns = PlainRuns(results);
        text.Append(Baseline(plainRuns));
        if (runs.FirstOrDefault(r => r.Name == "image-budget50") is { Accuracy: { } best } target && target.Seconds is { } seconds)
            text.AppendLine($"Target (2-D, 50% budget: ≥ 91% test accuracy within 30 minutes): {100 * best:F2}% in {seconds / 60:F1} min — " +
                $"{Verdict.Of(best >= AccuracyTarget && seconds <= MinutesTarget * 60)}.\n");
        if (runs.FirstOrDefault(r => r.Name == "image-defaults") is { Accuracy: { } defaults, Seconds: { } wall })
        {
            text.AppendLine($"Target (2-D at the defaults with a 50% FLOPs budget: ≥ 90% test accuracy within 10 minutes): " +
                $"{100 * defaults:F2}% in {wall / 60:F1} min — " +
                $"{Verdict.Of(defaults >= DefaultsAccuracyTarget && wall <= DefaultsMinutesTarget * 60)}.\n");
            if (plainRuns.Where(p => p.TrainSeconds <= wall).MaxBy(p => p.Accuracy) is { } plain)
                text.AppendLine($"Target (the same run ≥ the plain CNN at the same wall-clock time: its best test accuracy " +
                    $"among the rows that trained within {wall / 60:F1} min, {100 * plain.Accuracy:F2}% after {plain.Epochs} " +
                    $"epochs): {Verdict.Of(defaults >= plain.Accuracy)}.\n");
        }
        text.Append(RecipeTargets(runs.Select(r => (r.Name, r.Accuracy, r.Seconds)).ToList()));
        text.Append(GeneratorTarget(runs.Select(r => (r.Name, r.Generator, r.Accuracy)).ToList()));
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
    /// The recipes' targets over their seeds (<c>image-recipe-s*</c>, <c>sequence-recipe-s*</c>), each run within
    /// 30 minutes: the 2-D recipe ≥ 92.5% mean with no seed below 92%, the sequence recipe ≥ 88% mean.
    /// </summary>
    internal static string RecipeTargets(IReadOnlyList<(string Name, double? Accuracy, double? Seconds)> runs)
    {
        var text = new StringBuilder();
        foreach (var (layout, mean, floor) in new[] { ("image", 0.925, 0.92), ("sequence", 0.88, 0.0) })
        {
            var seeds = runs.Where(r => RecipeRun.Match(r.Name) is { Success: true } m
                && m.Groups["layout"].Value == layout && !m.Groups["generator"].Success).ToList();
            if (seeds.Count == 0 || seeds.Any(r => r.Accuracy is null || r.Seconds is null)) continue;
            var accuracies = seeds.Select(r => r.Accuracy!.Value).ToList();
            var met = accuracies.Average() >= mean && accuracies.Min() >= floor
                && seeds.All(r => r.Seconds <= MinutesTarget * 60);
            var floorText = floor > 0 ? $", no seed below {100 * floor:F0}%" : "";
            text.AppendLine($"Target (`recipes/fashion-mnist-{layout}.json`: ≥ {100 * mean:F1}% mean test accuracy" +
                $"{floorText}, each seed within {MinutesTarget:F0} minutes): " +
                string.Join(", ", seeds.Select(r => $"{100 * r.Accuracy:F2}% in {r.Seconds / 60:F1} min")) +
                $"; mean {100 * accuracies.Average():F2}% over {seeds.Count} seeds — {Verdict.Of(met)}.\n");
        }
        return text.ToString();
    }

    /// <summary>
    /// The 2-D recipe's runs grouped by kernel generator (<c>image-recipe-s*</c> with the recipe's own,
    /// <c>image-recipe-GENERATOR-s*</c> with another): every built-in generator's mean test accuracy within 2 points of
    /// the best generator's.
    /// </summary>
    internal static string GeneratorTarget(IReadOnlyList<(string Name, string Generator, double? Accuracy)> runs)
    {
        var means = runs
            .Where(r => r.Accuracy is not null && RecipeRun.Match(r.Name) is { Success: true } m
                && m.Groups["layout"].Value == "image")
            .GroupBy(r => r.Generator)
            .Select(g => (Generator: g.Key, Mean: g.Average(r => r.Accuracy!.Value), Seeds: g.Count()))
            .OrderByDescending(g => g.Mean).ToList();
        if (means.Count < 2) return "";
        var best = means[0];
        var missing = BuiltInGenerators.Except(means.Select(m => m.Generator)).ToList();
        var met = missing.Count == 0 && means.All(m => m.Mean >= best.Mean - GeneratorPointsTarget);
        var missingText = missing.Count == 0 ? "" : $"; not measured: {string.Join(", ", missing)}";
        return $"Target (`recipes/fashion-mnist-image.json` with each built-in kernel generator: every mean test accuracy " +
            $"within {100 * GeneratorPointsTarget:F0} points of the best): " +
            string.Join(", ", means.Select(m => $"`{m.Generator}` {100 * m.Mean:F2}% ({m.Seeds} seed{(m.Seeds == 1 ? "" : "s")})")) +
            $"{missingText} — {Verdict.Of(met)}.\n\n";
    }

    /// <summary>
    /// The hand-designed CNN of <c>benchmarks/pytorch/plain_cnn.py</c> on the same split and machine
    /// (<c>benchmarks/run.sh baseline</c>), one row per number of epochs, so each search stands beside it.
    /// </summary>
    static string Baseline(IReadOnlyList<PlainRun> rows)
    {
        if (rows.Count == 0) return "No plain-CNN baseline measured yet (`benchmarks/run.sh baseline`).\n\n";
        var table = new MarkdownTable("plain CNN (PyTorch)", "test accuracy", "params", "MACs per example", "training time");
        foreach (var r in rows)
            table.Add($"{r.Epochs} epochs, width {r.Width}", $"{100 * r.Accuracy:F2}%", $"{r.Params:N0}", $"{r.Macs:N0}",
                $"{r.TrainSeconds / 60:F1} min");
        return "Beside them, a plain CNN (three 3×3 conv → BatchNorm → GELU layers, two max-pools, a linear head; AdamW, " +
            "one-cycle) trained on the training images less the 5% the searches above hold out for validation, on the same " +
            "machine and threads with Debian's PyTorch:\n\n" + table + "\n";
    }

    sealed record PlainRun(int Epochs, int Width, double Accuracy, long Params, long Macs, double TrainSeconds);

    /// <summary>The <c>plain-cnn-*.json</c> results, by number of epochs.</summary>
    static List<PlainRun> PlainRuns(string results) =>
        (Directory.Exists(results) ? Directory.GetFiles(results, "plain-cnn-*.json") : [])
            .Select(f => JsonDocument.Parse(File.ReadAllText(f)).RootElement)
            .Select(r => new PlainRun(r.GetProperty("epochs").GetInt32(), r.GetProperty("width").GetInt32(),
                r.GetProperty("testAccuracy").GetDouble(), r.GetProperty("params").GetInt64(),
                r.GetProperty("macsPerImage").GetInt64(), r.GetProperty("trainSeconds").GetDouble()))
            .OrderBy(r => r.Epochs).ToList();

    /// <summary>
    /// The command as run from the repository root: an absolute output folder or recipe file (where the machine that
    /// ran it keeps its clone) becomes the repository-relative <c>artifacts/...</c> or <c>recipes/...</c>, so the page
    /// cites no path outside the clone.
    /// </summary>
    static string WithinRepository(string command) =>
        Regex.Replace(command, @"(--Search:Output=|--config )\S*?/((?:artifacts|recipes)/\S*)", "$1$2");

    /// <param name="Generator">The run's kernel generator (<c>Search:Kernel:Type</c> of its resolved configuration).</param>
    sealed record Run(string Name, ArchitectureRecord Architecture, double? Accuracy, double? Seconds, string Command,
        IReadOnlyList<double> Validation, string Generator);

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
            File.Exists(command) ? File.ReadAllText(command).Trim() : "?", validation, Generator(run));
    }

    static string Generator(RunDirectory run) =>
        File.Exists(run.Configuration) ? RunConfiguration.Load(run)["Kernel:Type"] ?? "?" : "?";
}
