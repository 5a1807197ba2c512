using System.Globalization;
using System.Text;
using DNArch.Engine.Reporting;
using DNArch.Engine.Runs;
using DNArch.Engine.Search;
using DNArch.Plugins.Sdk.IO;

namespace DNArch.Engine.Compare;

/// <summary>
/// Writes a comparison into its folder: <c>compare.md</c> (for people: the aggregated table, every run, the plots),
/// <c>compare.csv</c> (one line per combination) and <c>runs.csv</c> (one line per run) for tools, and the plots
/// (<see cref="ComparisonPlots"/>). Figures are in the units people read: accuracy in %.
/// </summary>
public static class ComparisonReport
{
    /// <summary>The report for people in a comparison's folder, which a redirected <c>dnarch compare</c> prints as it is.</summary>
    public static string MarkdownPath(string directory) => Path.Combine(directory, "compare.md");

    /// <summary>Writes the report of <paramref name="rows"/> and returns its aggregated table, for the terminal to show.</summary>
    /// <param name="unfinished">Tasks of a sweep without a result, listed under the tables of <c>compare.md</c>.</param>
    public static ComparisonTable Write(string directory, IReadOnlyList<ComparisonRow> rows, IReadOnlyList<UnfinishedTask>? unfinished = null)
    {
        ArgumentNullException.ThrowIfNull(rows);
        Directory.CreateDirectory(directory);
        var summaries = CombinationSummary.Of(rows);
        var table = ComparisonTable.Of(summaries);
        var keys = rows.SelectMany(r => r.Run.Combination.Settings.Keys).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        ComparisonPlots.Write(Path.Combine(directory, "plots"), summaries);
        AtomicFile.WriteAllText(MarkdownPath(directory), Markdown(Path.GetFileName(directory), table, rows) + Unfinished(unfinished ?? []));
        AtomicFile.WriteAllText(Path.Combine(directory, "compare.csv"), CombinationsCsv(summaries, keys));
        AtomicFile.WriteAllText(Path.Combine(directory, "runs.csv"), RunsCsv(rows, keys));
        return table;
    }

    /// <summary>A table as Markdown, numbers aligned right.</summary>
    public static string Markdown(IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows, Func<int, bool> numeric)
    {
        ArgumentNullException.ThrowIfNull(headers);
        ArgumentNullException.ThrowIfNull(numeric);
        var md = new StringBuilder();
        md.AppendLine("| " + string.Join(" | ", headers) + " |");
        md.AppendLine("|" + string.Concat(headers.Select((_, i) => numeric(i) ? "--:|" : "---|")));
        foreach (var row in rows) md.AppendLine("| " + string.Join(" | ", row) + " |");
        return md.ToString();
    }

    static string Markdown(string name, ComparisonTable table, IReadOnlyList<ComparisonRow> rows)
    {
        var seeds = rows.Where(r => r.Run.Seed is not null).Select(r => r.Run.Seed!.Value).Distinct().ToList();
        var md = new StringBuilder($"# Comparison {name}\n\n");
        md.Append(Markdown(table.Headers, table.Rows, ComparisonTable.IsNumeric)).AppendLine();
        md.AppendLine((seeds.Count > 0 ? $"n: runs per combination, of seeds {string.Join(", ", seeds)}; " : "One run per combination; ") +
            "mean ± sample standard deviation over the runs; 95% CI: Student's t interval of the mean test figure (an accuracy's within 0-100%). Figures of " +
            "the last epoch's network; budget met when its exact cost is within the target.");
        md.AppendLine().AppendLine("## Runs").AppendLine();
        var figure = rows.Count == 0 ? "Accuracy" : rows[0].Figure;
        md.Append(Markdown(["run", "seed", "val", "test", "params", "FLOPs", "budget", "depth", "seconds"],
            rows.Select(r => (IReadOnlyList<string>)
            [
                r.Run.Name, r.Run.Seed?.ToString(CultureInfo.InvariantCulture) ?? "–", TaskFigures.Format(figure, r.Val), TaskFigures.Format(figure, r.Test),
                Numbers.Compact(r.Record.Params), Numbers.Compact(r.Record.Macs), r.Budget?.Met switch { true => "met", false => "missed", null => "–" },
                $"{r.Record.Depth}/{r.Record.MaxDepth}", Numbers.Invariant(r.Seconds, "0.#"),
            ]), i => i is >= 2 and not 6));
        md.AppendLine().AppendLine("## Plots").AppendLine();
        md.AppendLine($"![test figure against FLOPs](plots/{ComparisonPlots.FigureAgainstFlops})");
        md.AppendLine($"![learning curves](plots/{ComparisonPlots.LearningCurves})");
        return md.ToString();
    }

    static string Unfinished(IReadOnlyList<UnfinishedTask> tasks) =>
        tasks.Count == 0 ? "" : $"\nNot finished ({tasks.Count}):\n" + string.Concat(tasks.Select(t => $"- {t.Describe()}\n"));

    static string CombinationsCsv(IReadOnlyList<CombinationSummary> summaries, IReadOnlyList<string> keys)
    {
        var csv = new StringBuilder();
        csv.AppendLine(string.Join(",", ["combination", .. keys.Select(Quote), "n", "figure", "unit", "valMean", "valSd", "testMean", "testSd", "testCi95Low", "testCi95High",
            "paramsMean", "paramsSd", "flopsMean", "flopsSd", "maxParams", "maxFlops", "budgetMetric", "budgetTarget", "budgetMet", "depthMean", "maxDepth", "secondsMean"]));
        foreach (var s in summaries)
        {
            var scale = TaskFigures.Scale(s.Figure);
            var (val, test, record) = (s.Val, s.Test, s.Runs[0].Record);
            csv.AppendLine(string.Join(",", [Quote(s.Combination.Name), .. keys.Select(k => Quote(s.Combination.Settings.GetValueOrDefault(k) ?? "")),
                Num(s.Runs.Count), s.Figure.ToLowerInvariant(), TaskFigures.IsAccuracy(s.Figure) ? "%" : "", Num(val.Mean * scale), Num(val.StandardDeviation * scale),
                Num(test.Mean * scale), Num(test.StandardDeviation * scale), Num((test.Mean - test.HalfWidth95) * scale), Num((test.Mean + test.HalfWidth95) * scale),
                Num(s.Params.Mean), Num(s.Params.StandardDeviation), Num(s.Macs.Mean), Num(s.Macs.StandardDeviation), Num(record.MaxParams), Num(record.MaxMacs),
                s.Budget?.Metric ?? "", Num(s.Budget?.Target), s.Budget is null ? "" : Num(s.BudgetMet.Met), Num(s.Depth.Mean), Num(record.MaxDepth), Num(s.Seconds.Mean)]));
        }
        return csv.ToString();
    }

    static string RunsCsv(IReadOnlyList<ComparisonRow> rows, IReadOnlyList<string> keys)
    {
        var csv = new StringBuilder();
        csv.AppendLine(string.Join(",", ["run", "combination", "seed", .. keys.Select(Quote), "figure", "unit", "val", "test", "params", "flops", "maxParams", "maxFlops",
            "budgetMetric", "budgetTarget", "budgetMet", "depth", "maxDepth", "seconds", "runDirectory"]));
        foreach (var r in rows)
        {
            var scale = TaskFigures.Scale(r.Figure);
            csv.AppendLine(string.Join(",", [Quote(r.Run.Name), Quote(r.Run.Combination.Name), Num(r.Run.Seed), .. keys.Select(k => Quote(r.Run.Combination.Settings.GetValueOrDefault(k) ?? "")),
                r.Figure.ToLowerInvariant(), TaskFigures.IsAccuracy(r.Figure) ? "%" : "", Num(r.Val * scale), Num(r.Test * scale), Num(r.Record.Params), Num(r.Record.Macs),
                Num(r.Record.MaxParams), Num(r.Record.MaxMacs), r.Budget?.Metric ?? "", Num(r.Budget?.Target), r.Budget?.Met switch { true => "true", false => "false", null => "" },
                Num(r.Record.Depth), Num(r.Record.MaxDepth), Num(r.Seconds), Quote(r.RunDirectory)]));
        }
        return csv.ToString();
    }

    static string Num(double? value) => value?.ToString("R", CultureInfo.InvariantCulture) ?? "";

    static string Quote(string text) => text.IndexOfAny([',', '"', '\n']) < 0 ? text : $"\"{text.Replace("\"", "\"\"")}\"";
}
