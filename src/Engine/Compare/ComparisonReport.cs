using System.Globalization;
using System.Text;
using DNArch.Engine.Runs;

namespace DNArch.Engine.Compare;

/// <summary>Writes a comparison as <c>compare.md</c> (for people) and <c>compare.csv</c> (for tools).</summary>
public static class ComparisonReport
{
    /// <param name="unfinished">Tasks of a sweep without a result, listed under the table of <c>compare.md</c>.</param>
    public static void Write(string directory, IReadOnlyList<ComparisonRow> rows, IReadOnlyList<UnfinishedTask>? unfinished = null)
    {
        ArgumentNullException.ThrowIfNull(rows);
        Directory.CreateDirectory(directory);
        var keys = rows.SelectMany(r => r.Settings.Keys).Distinct().ToList();
        AtomicFile.WriteAllText(Path.Combine(directory, "compare.md"), Markdown(rows, keys) + Unfinished(unfinished ?? []));
        AtomicFile.WriteAllText(Path.Combine(directory, "compare.csv"), Csv(rows, keys));
    }

    static string Markdown(IReadOnlyList<ComparisonRow> rows, IReadOnlyList<string> keys)
    {
        var md = new StringBuilder();
        md.AppendLine("| " + string.Join(" | ", keys.Concat(["metric", "value", "params", "FLOPs", "depth", "seconds"])) + " |");
        md.AppendLine("|" + string.Concat(Enumerable.Repeat("---|", keys.Count + 6)));
        foreach (var r in rows)
            md.AppendLine("| " + string.Join(" | ", keys.Select(k => r.Settings.GetValueOrDefault(k) ?? "")
                .Concat([r.Metric, Num(r.Value, "0.####"), Num(r.Params, "N0"), Num(r.Flops, "N0"), $"{r.Depth}/{r.MaxDepth}", Num(r.Seconds, "0.#")])) + " |");
        return md.ToString();
    }

    static string Unfinished(IReadOnlyList<UnfinishedTask> tasks) =>
        tasks.Count == 0 ? "" : $"\nNot finished ({tasks.Count}):\n" + string.Concat(tasks.Select(t => $"- {t.Describe()}\n"));

    static string Csv(IReadOnlyList<ComparisonRow> rows, IReadOnlyList<string> keys)
    {
        var csv = new StringBuilder();
        csv.AppendLine(string.Join(",", keys.Select(Quote).Concat(["metric", "value", "params", "flops", "depth", "maxDepth", "seconds", "run"])));
        foreach (var r in rows)
            csv.AppendLine(string.Join(",", keys.Select(k => Quote(r.Settings.GetValueOrDefault(k) ?? ""))
                .Concat([r.Metric, Num(r.Value, "R"), Num(r.Params, "D"), Num(r.Flops, "D"), Num(r.Depth, "D"), Num(r.MaxDepth, "D"), Num(r.Seconds, "0.###"), Quote(r.RunDirectory)])));
        return csv.ToString();
    }

    static string Num(double value, string format) => value.ToString(format, CultureInfo.InvariantCulture);

    static string Num(long value, string format) => value.ToString(format, CultureInfo.InvariantCulture);

    static string Quote(string text) => text.IndexOfAny([',', '"', '\n']) < 0 ? text : $"\"{text.Replace("\"", "\"\"")}\"";
}
