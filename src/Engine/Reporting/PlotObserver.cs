using DNArch.Abstractions.Architecture;
using DNArch.Engine.Runs;
using DNArch.Engine.Search;
using ScottPlot;

namespace DNArch.Engine.Reporting;

/// <summary>
/// PNG plots in <c>run/plots</c>, redrawn after every epoch: kernel size, width and output resolution per block
/// over epochs, depth and FLOPs over epochs, and the architecture per block now.
/// </summary>
public sealed class PlotObserver : ISearchObserver
{
    readonly List<EpochMetrics> history = [];
    string folder = ".";

    public void OnStart(RunStart start)
    {
        ArgumentNullException.ThrowIfNull(start);
        folder = start.Run.Combine("plots");
        history.Clear();
        history.AddRange(start.Run.ReadMetrics());
    }

    public void OnEpoch(EpochMetrics metrics, ArchitectureRecord architecture, IReadOnlyDictionary<string, float> architectureParameters)
    {
        ArgumentNullException.ThrowIfNull(metrics);
        ArgumentNullException.ThrowIfNull(architecture);
        history.Add(metrics);
        Draw(architecture);
    }

    public void OnFinished(RunDirectory run, ArchitectureRecord architecture, IReadOnlyList<EpochMetrics> history) =>
        Draw(architecture);

    void Draw(ArchitectureRecord architecture)
    {
        Directory.CreateDirectory(folder);
        var epochs = history.Select(h => (double)h.Epoch).ToArray();
        PerBlock("kernel-size.png", "Kernel size per block", "kernel size (first dimension)", epochs, h => h.KernelSizes.Select(k => (double)k[0]));
        PerBlock("width.png", "Width per block", "channels", epochs, h => h.Widths.Select(w => (double)w));
        PerBlock("resolution.png", "Output resolution per block", "positions (first dimension)", epochs, h => h.OutputSizes.Select(s => (double)s[0]));
        Series("depth-flops.png", epochs);
        Architecture(architecture);
    }

    void PerBlock(string file, string title, string label, double[] epochs, Func<EpochMetrics, IEnumerable<double>> values)
    {
        var plot = new Plot();
        var rows = history.Select(h => values(h).ToArray()).ToList();
        var blocks = rows.Count == 0 ? 0 : rows.Min(r => r.Length);
        for (var b = 0; b < blocks; b++)
            plot.Add.Scatter(epochs, rows.Select(r => r[b]).ToArray()).LegendText = $"block {b}";
        Save(plot, file, title, "epoch", label);
    }

    void Series(string file, double[] epochs)
    {
        var plot = new Plot();
        plot.Add.Scatter(epochs, history.Select(h => (double)h.Flops).ToArray()).LegendText = "FLOPs (MACs)";
        var depth = plot.Add.Scatter(epochs, history.Select(h => (double)h.Depth).ToArray());
        depth.LegendText = "depth";
        depth.Axes.YAxis = plot.Axes.Right;
        plot.Axes.Right.Label.Text = "depth";
        Save(plot, file, "FLOPs and depth over epochs", "epoch", "MACs per example");
    }

    void Architecture(ArchitectureRecord architecture)
    {
        var plot = new Plot();
        var blocks = architecture.Blocks;
        var widths = plot.Add.Bars(blocks.Select(b => (double)(b.Active ? b.Width : 0)).ToArray());
        widths.LegendText = "width (0 = skipped)";
        plot.Add.Scatter(blocks.Select(b => (double)b.Index).ToArray(), blocks.Select(b => (double)b.KernelSize[0]).ToArray()).LegendText = "kernel size";
        Save(plot, "architecture.png", $"Learned architecture: depth {architecture.Depth}/{architecture.MaxDepth}", "block", "size");
    }

    void Save(Plot plot, string file, string title, string x, string y)
    {
        plot.Title(title);
        plot.XLabel(x);
        plot.YLabel(y);
        plot.ShowLegend();
        var path = Path.Combine(folder, file);
        AtomicFile.Write(path, s => s.Write(plot.GetImageBytes(900, 500, ImageFormat.Png)));
    }
}
