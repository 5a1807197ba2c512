using DNArch.Abstractions.Architecture;
using DNArch.Engine.Runs;
using DNArch.Engine.Search;
using ScottPlot;

namespace DNArch.Engine.Reporting;

/// <summary>
/// The plots of one run. Sizes per block over epochs (a line per block and dimension, with the supernet's maximum or
/// the input size as a reference line), FLOPs and params with the budget and the supernet's cost, losses with the
/// validation figure, and the architecture (width, kernel size and output resolution per block).
/// </summary>
public sealed class RunPlots(string folder, ArchitectureRecord supernet, string? budgetMetric, double? budgetTarget)
{
    public void Draw(IReadOnlyList<EpochMetrics> history, ArchitectureRecord architecture)
    {
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(architecture);
        Directory.CreateDirectory(folder);
        PerBlock("kernel-size.png", "Kernel size per block", "taps", history, h => h.KernelSizes,
            supernet.Blocks.SelectMany(b => b.MaxKernelSize).Distinct().Select(m => ((double)m, "supernet's kernel")));
        PerBlock("width.png", "Width per block", "channels", history, h => [.. h.Widths.Select(w => (IReadOnlyList<int>)[w])],
            supernet.Blocks.Select(b => b.MaxWidth).Distinct().Select(m => ((double)m, "supernet's width")));
        PerBlock("resolution.png", "Output resolution per block", "positions", history, h => h.OutputSizes,
            supernet.Io.InputSize.Distinct().Select(s => ((double)s, "input size")));
        Cost("depth-flops.png", "FLOPs and depth over epochs", "MACs per example", history, h => h.Macs, supernet.MaxMacs, "flops", depth: true);
        Cost("params.png", "Parameters over epochs", "parameters", history, h => h.Params, supernet.MaxParams, "params", depth: false);
        LossAndFigure(history);
        Architecture(architecture);
    }

    void PerBlock(string file, string title, string label, IReadOnlyList<EpochMetrics> history,
        Func<EpochMetrics, IReadOnlyList<IReadOnlyList<int>>> sizes, IEnumerable<(double Value, string Label)> references)
    {
        var plot = new Plot();
        var series = BlockSeries.Of(history, sizes);
        for (var i = 0; i < series.Count; i++)
        {
            var xs = series[i].Epochs.Select(e => e + PlotLook.Dodge(i, series.Count, 1)).ToArray();
            PlotLook.Series(plot.Add.Scatter(xs, [.. series[i].Values]), i, series.Count).LegendText = series[i].Label;
        }
        var lines = references.ToList();
        foreach (var (value, name) in lines) PlotLook.Reference(plot, value, name);
        PlotLook.IntegerTicks(plot.Axes.Left);
        PlotLook.FromZero(plot, series.SelectMany(s => s.Values).Concat(lines.Select(l => l.Value)).DefaultIfEmpty(1).Max());
        Finish(plot, file, title, label, history);
    }

    void Cost(string file, string title, string label, IReadOnlyList<EpochMetrics> history, Func<EpochMetrics, long> cost, long maximum, string metric, bool depth)
    {
        var plot = new Plot();
        var epochs = history.Select(h => (double)h.Epoch).ToArray();
        PlotLook.Series(plot.Add.Scatter(epochs, history.Select(h => (double)cost(h)).ToArray()), 0, 2).LegendText = label;
        PlotLook.Reference(plot, maximum, "supernet");
        if (budgetTarget is { } target && string.Equals(budgetMetric, metric, StringComparison.OrdinalIgnoreCase))
            PlotLook.Reference(plot, target, $"budget {Numbers.Compact(target)}", budget: true);
        PlotLook.CompactTicks(plot.Axes.Left);
        PlotLook.FromZero(plot, history.Select(h => (double)cost(h)).Append(maximum).Max());
        if (depth)
        {
            var blocks = PlotLook.Series(plot.Add.Scatter(epochs, history.Select(h => (double)h.Depth).ToArray()), 1, 2);
            blocks.LegendText = "depth";
            blocks.Axes.YAxis = plot.Axes.Right;
            plot.Axes.Right.Label.Text = "depth (blocks)";
            PlotLook.IntegerTicks(plot.Axes.Right);
            plot.Axes.SetLimitsY(0, supernet.MaxDepth + 0.5, plot.Axes.Right);
        }
        Finish(plot, file, title, label, history);
    }

    void LossAndFigure(IReadOnlyList<EpochMetrics> history)
    {
        var plot = new Plot();
        var epochs = history.Select(h => (double)h.Epoch).ToArray();
        PlotLook.Series(plot.Add.Scatter(epochs, history.Select(h => h.TrainLoss).ToArray()), 0, 3).LegendText = "training loss";
        PlotLook.Series(plot.Add.Scatter(epochs, history.Select(h => h.ValLoss).ToArray()), 1, 3).LegendText = "validation loss";
        var figure = history.Any(h => h.ValAccuracy is not null) ? "Accuracy" : "Error";
        var values = history.Select(h => (h.ValAccuracy ?? h.ValError ?? double.NaN) * TaskFigures.Scale(figure)).ToArray();
        var validation = PlotLook.Series(plot.Add.Scatter(epochs, values), 2, 3);
        validation.LegendText = $"validation {TaskFigures.Label(figure)}";
        validation.Axes.YAxis = plot.Axes.Right;
        plot.Axes.Right.Label.Text = $"validation {TaskFigures.Label(figure)}";
        PlotLook.FromZero(plot, history.SelectMany(h => new[] { h.TrainLoss, h.ValLoss }).Where(double.IsFinite).DefaultIfEmpty(1).Max());
        PlotLook.FromZero(plot, TaskFigures.IsAccuracy(figure) ? 100 / 1.08 : values.Where(double.IsFinite).DefaultIfEmpty(1).Max(), plot.Axes.Right);
        Finish(plot, "loss-accuracy.png", $"Losses and validation {TaskFigures.Label(figure)}", "loss", history);
    }

    void Architecture(ArchitectureRecord architecture)
    {
        var plots = new Multiplot();
        plots.AddPlots(3);
        plots.Layout = new ScottPlot.MultiplotLayouts.Rows();
        var active = architecture.Blocks.Where(b => b.Active).ToList();
        var skipped = architecture.Blocks.Count - active.Count;

        var width = plots.GetPlot(0);
        var bars = width.Add.Bars(active.Select(b => (double)b.Index), active.Select(b => (double)b.Width));
        bars.LegendText = skipped == 0 ? "width" : $"width ({skipped} skipped block{(skipped == 1 ? "" : "s")} drawn empty)";
        foreach (var max in architecture.Blocks.Select(b => b.MaxWidth).Distinct()) PlotLook.Reference(width, max, "supernet's width");
        Panel(width, architecture, $"Learned architecture: depth {architecture.Depth}/{architecture.MaxDepth}", "channels");

        PerDimension(plots.GetPlot(1), architecture, active, b => b.KernelSize, "kernel size", "taps",
            architecture.Blocks.SelectMany(b => b.MaxKernelSize).Distinct().Select(m => ((double)m, "supernet's kernel")));
        PerDimension(plots.GetPlot(2), architecture, active, b => b.OutputSize, "output resolution", "positions",
            architecture.Io.InputSize.Distinct().Select(s => ((double)s, "input size")));
        plots.GetPlot(2).XLabel("block");
        PlotLook.Save(plots, Path.Combine(folder, "architecture.png"), 900, 900);
    }

    static void PerDimension(Plot plot, ArchitectureRecord architecture, IReadOnlyList<BlockRecord> active, Func<BlockRecord, IReadOnlyList<int>> sizes,
        string what, string unit, IEnumerable<(double Value, string Label)> references)
    {
        var dimensions = architecture.Io.InputSize.Count;
        for (var d = 0; d < dimensions; d++)
        {
            var xs = active.Select(b => b.Index + PlotLook.Dodge(d, dimensions, 1)).ToArray();
            var series = PlotLook.Series(plot.Add.Scatter(xs, active.Select(b => (double)sizes(b)[d]).ToArray()), d, dimensions);
            series.LegendText = dimensions == 1 ? what : $"{what}, dim {d + 1}";
            series.LineWidth = 0;
        }
        var lines = references.ToList();
        foreach (var (value, label) in lines) PlotLook.Reference(plot, value, label);
        PlotLook.FromZero(plot, active.SelectMany(b => sizes(b)).Select(v => (double)v).Concat(lines.Select(l => l.Value)).DefaultIfEmpty(1).Max());
        Panel(plot, architecture, "", unit);
    }

    static void Panel(Plot plot, ArchitectureRecord architecture, string title, string unit)
    {
        PlotLook.Label(plot, title, "", unit);
        PlotLook.IntegerTicks(plot.Axes.Bottom);
        PlotLook.IntegerTicks(plot.Axes.Left);
        plot.Axes.SetLimitsX(-0.5, architecture.MaxDepth - 0.5);
    }

    void Finish(Plot plot, string file, string title, string label, IReadOnlyList<EpochMetrics> history)
    {
        PlotLook.Label(plot, title, "epoch", label);
        PlotLook.Epochs(plot, history.Select(h => h.Epoch).DefaultIfEmpty(1).Max());
        PlotLook.Save(plot, Path.Combine(folder, file));
    }
}
