using DNArch.Engine.Reporting;
using DNArch.Engine.Search;
using ScottPlot;
using ScottPlot.Plottables;

namespace DNArch.Engine.Compare;

/// <summary>
/// The comparison's plots in <c>plots/</c> of its folder: test figure against FLOPs (mean ± sd over seeds as error
/// bars, the Pareto front marked, the FLOPs budgets and the supernet's FLOPs as lines), and the validation figure
/// over epochs per combination (mean ± sd over seeds as error bars).
/// </summary>
public static class ComparisonPlots
{
    public const string FigureAgainstFlops = "accuracy-flops.png";
    public const string LearningCurves = "learning-curves.png";

    public static void Write(string folder, IReadOnlyList<CombinationSummary> summaries)
    {
        ArgumentNullException.ThrowIfNull(summaries);
        if (summaries.Count == 0) return;
        Directory.CreateDirectory(folder);
        AgainstFlops(Path.Combine(folder, FigureAgainstFlops), summaries);
        Curves(Path.Combine(folder, LearningCurves), summaries);
    }

    static void AgainstFlops(string path, IReadOnlyList<CombinationSummary> summaries)
    {
        var plot = new Plot();
        var figure = summaries[0].Figure;
        var scale = TaskFigures.Scale(figure);
        var points = new List<(double Cost, double Figure)>();
        var colors = new List<Color>();
        for (var i = 0; i < summaries.Count; i++)
        {
            var (macs, test) = (summaries[i].Macs, summaries[i].Test);
            points.Add((macs.Mean, test.Mean * scale));
            var point = PlotLook.Series(plot.Add.Scatter(macs.Mean, test.Mean * scale), i, summaries.Count);
            point.LegendText = summaries[i].Combination.Name;
            colors.Add(point.Color);
            if (test.StandardDeviation is null) continue;
            double[] dx = [macs.StandardDeviation ?? 0], dy = [(test.StandardDeviation ?? 0) * scale];
            var bars = new ErrorBar([macs.Mean], [test.Mean * scale], dx, dx, dy, dy) { Color = point.Color };
            plot.Add.Plottable(bars);
        }
        var front = ParetoFront.Of(points, TaskFigures.IsAccuracy(figure));
        var line = plot.Add.Scatter(front.Select(i => points[i].Cost).ToArray(), front.Select(i => points[i].Figure).ToArray(), Colors.Black);
        line.LinePattern = LinePattern.Dotted;
        line.MarkerShape = MarkerShape.OpenCircle;
        line.MarkerSize = 18;
        line.LegendText = "Pareto front";
        // One FLOPs budget is a red line; budgets that differ take the colour of their combination.
        var budgets = summaries.Select((s, i) => (s.Budget, Index: i)).Where(b => b.Budget is { Target: not null } && b.Budget.Metric.Equals("flops", StringComparison.OrdinalIgnoreCase))
            .Select(b => (Target: b.Budget!.Target!.Value, b.Index)).ToList();
        if (budgets.Select(b => b.Target).Distinct().Count() == 1)
            PlotLook.Reference(plot, budgets[0].Target, $"FLOPs budget {Numbers.Compact(budgets[0].Target)}", budget: true, vertical: true);
        else
            foreach (var (target, index) in budgets)
                PlotLook.Reference(plot, target, $"budget of {summaries[index].Combination.Name}", budget: true, vertical: true, color: colors[index]);
        PlotLook.Reference(plot, summaries[0].Runs[0].Record.MaxMacs, "supernet's FLOPs", vertical: true);
        PlotLook.CompactTicks(plot.Axes.Bottom);
        plot.Axes.SetLimitsX(0, summaries[0].Runs[0].Record.MaxMacs * 1.05);
        PlotLook.Label(plot, $"Test {TaskFigures.Label(figure)} against FLOPs (mean ± sd over seeds)", "FLOPs (MACs per example)", $"test {TaskFigures.Label(figure)}");
        PlotLook.Save(plot, path, 1000, 560);
    }

    static void Curves(string path, IReadOnlyList<CombinationSummary> summaries)
    {
        var plot = new Plot();
        var figure = summaries[0].Figure;
        var scale = TaskFigures.Scale(figure);
        for (var i = 0; i < summaries.Count; i++)
        {
            var epochs = summaries[i].Runs.SelectMany(r => r.History).GroupBy(h => h.Epoch).OrderBy(g => g.Key)
                .Select(g => (Epoch: g.Key, Stats: SampleStatistics.Of(g.Select(h => (h.ValAccuracy ?? h.ValError ?? double.NaN) * scale)))).ToList();
            var xs = epochs.Select(e => e.Epoch + PlotLook.Dodge(i, summaries.Count, 1)).ToArray();
            var curve = PlotLook.Series(plot.Add.Scatter(xs, epochs.Select(e => e.Stats.Mean).ToArray()), i, summaries.Count);
            curve.LegendText = summaries[i].Combination.Name;
            if (epochs.All(e => e.Stats.StandardDeviation is null)) continue;
            var sd = epochs.Select(e => e.Stats.StandardDeviation ?? 0).ToArray();
            double[] none = new double[xs.Length];
            plot.Add.Plottable(new ErrorBar(xs, [.. epochs.Select(e => e.Stats.Mean)], none, none, sd, sd) { Color = curve.Color });
        }
        PlotLook.Epochs(plot, summaries.SelectMany(s => s.Runs).SelectMany(r => r.History).Select(h => h.Epoch).DefaultIfEmpty(1).Max());
        if (TaskFigures.IsAccuracy(figure)) PlotLook.FromZero(plot, 100 / 1.08);
        PlotLook.Label(plot, $"Validation {TaskFigures.Label(figure)} per epoch (mean ± sd over seeds)", "epoch", $"validation {TaskFigures.Label(figure)}");
        PlotLook.Save(plot, path, 1000, 560);
    }

}
