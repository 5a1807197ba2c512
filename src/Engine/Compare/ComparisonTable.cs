using DNArch.Engine.Reporting;
using DNArch.Engine.Search;

namespace DNArch.Engine.Compare;

/// <summary>
/// The aggregated comparison as text cells, one row per combination in plan order: n, validation and test figure
/// (mean ± sd; accuracy in %), the test figure's 95 % interval, params, FLOPs (and their share of the supernet's),
/// the budget with a met/missed flag, depth and training time. <c>compare.md</c> and the terminal show the same cells.
/// </summary>
public sealed record ComparisonTable(IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<string>> Rows)
{
    /// <summary>Columns of numbers, aligned right: all but the name, the budget and its flag.</summary>
    public static bool IsNumeric(int column) => column is >= 1 and <= 6 or >= 9;

    public static ComparisonTable Of(IReadOnlyList<CombinationSummary> summaries)
    {
        ArgumentNullException.ThrowIfNull(summaries);
        var figure = summaries.Count == 0 ? "Accuracy" : summaries[0].Figure;
        var unit = TaskFigures.IsAccuracy(figure) ? " acc. %" : " error";
        string[] headers = ["combination", "n", "val" + unit, "test" + unit, "test 95% CI", "params", "FLOPs", "budget", "met", "depth", "seconds"];
        return new ComparisonTable(headers, [.. summaries.Select(s => Row(s, TaskFigures.Scale(figure)))]);
    }

    static IReadOnlyList<string> Row(CombinationSummary s, double scale)
    {
        var record = s.Runs[0].Record;
        var (met, known) = s.BudgetMet;
        return
        [
            s.Combination.Name,
            s.Runs.Count.ToString(System.Globalization.CultureInfo.InvariantCulture),
            MeanSd(s.Val, scale, "0.00"),
            MeanSd(s.Test, scale, "0.00"),
            s.Test.HalfWidth95 is { } h ? $"{Numbers.Invariant(Clip((s.Test.Mean - h) * scale, scale), "0.00")} – {Numbers.Invariant(Clip((s.Test.Mean + h) * scale, scale), "0.00")}" : "–",
            Compact(s.Params),
            $"{Compact(s.Macs)} ({Numbers.Invariant(100 * s.Macs.Mean / Math.Max(1, record.MaxMacs), "0.#")}%)",
            s.Budget is { } b ? $"{b.Metric} ≤ {(b.Target is { } t ? Numbers.Compact(t) : "?")}" : "–",
            s.Budget is null ? "–" : known == 0 ? "?" : met == known ? "met" : met == 0 ? "missed" : $"{met} of {known} met",
            $"{Numbers.Invariant(s.Depth.Mean, "0.#")}/{record.MaxDepth}",
            Numbers.Invariant(s.Seconds.Mean, "0.#"),
        ];
    }

    // An accuracy interval is shown within 0-100 %, where the t interval of a wide spread reaches past.
    static double Clip(double value, double scale) => scale == 100 ? Math.Clamp(value, 0, 100) : value;

    static string MeanSd(SampleStatistics stats, double scale, string format) =>
        Numbers.Invariant(stats.Mean * scale, format) + (stats.StandardDeviation is { } sd ? " ± " + Numbers.Invariant(sd * scale, format) : "");

    static string Compact(SampleStatistics stats) =>
        Numbers.Compact(stats.Mean) + (stats.StandardDeviation is > 0 and var sd ? " ± " + Numbers.Compact(sd) : "");
}
