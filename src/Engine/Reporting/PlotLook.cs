using DNArch.Engine.Runs;
using ScottPlot;
using ScottPlot.Plottables;

namespace DNArch.Engine.Reporting;

/// <summary>
/// How every plot is drawn: series told apart by marker and line pattern (not by colour alone), series that would
/// cover each other drawn with shrinking markers and a small sideways dodge, legends outside the data, integer ticks
/// on integer axes, reference lines (budget, the supernet's maxima) dashed. PNGs are written atomically.
/// </summary>
public static class PlotLook
{
    static readonly MarkerShape[] Markers =
        [MarkerShape.FilledCircle, MarkerShape.FilledSquare, MarkerShape.FilledTriangleUp, MarkerShape.FilledDiamond, MarkerShape.FilledTriangleDown, MarkerShape.OpenCircle, MarkerShape.OpenSquare];

    static readonly LinePattern[] Patterns = [LinePattern.Solid, LinePattern.Dashed, LinePattern.Dotted, LinePattern.DenselyDashed];

    /// <summary>Series <paramref name="index"/> of <paramref name="count"/>: its marker, line pattern and marker size (larger for those drawn first).</summary>
    public static T Series<T>(T scatter, int index, int count) where T : Scatter
    {
        ArgumentNullException.ThrowIfNull(scatter);
        scatter.MarkerShape = Markers[index % Markers.Length];
        scatter.LinePattern = Patterns[index / Markers.Length % Patterns.Length];
        scatter.MarkerSize = 6 + 5f * (count - 1 - index) / Math.Max(1, count - 1);
        scatter.LineWidth = 1.5f;
        return scatter;
    }

    /// <summary>The sideways shift of series <paramref name="index"/> of <paramref name="count"/>, a fraction of <paramref name="spacing"/> (the x step), so equal series stay visible side by side.</summary>
    public static double Dodge(int index, int count, double spacing) =>
        count < 2 ? 0 : (index - (count - 1) / 2.0) * 0.3 * spacing / (count - 1);

    /// <summary>A dashed horizontal reference line, named in the legend.</summary>
    public static void Reference(Plot plot, double y, string label, IYAxis? axis = null)
    {
        ArgumentNullException.ThrowIfNull(plot);
        var line = plot.Add.HorizontalLine(y, 1.5f, Colors.Gray, LinePattern.Dashed);
        line.LegendText = label;
        if (axis is not null) line.Axes.YAxis = axis;
    }

    /// <summary>Integer ticks only, for epochs, blocks, channels, depth.</summary>
    public static void IntegerTicks(IAxis axis)
    {
        ArgumentNullException.ThrowIfNull(axis);
        axis.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { IntegerTicksOnly = true };
    }

    /// <summary>Title, axis labels and the legend to the right of the data.</summary>
    public static void Label(Plot plot, string title, string x, string y)
    {
        ArgumentNullException.ThrowIfNull(plot);
        plot.Title(title);
        plot.XLabel(x);
        plot.YLabel(y);
        plot.ShowLegend(Edge.Right);
    }

    public static void Save(Plot plot, string path, int width = 900, int height = 500)
    {
        ArgumentNullException.ThrowIfNull(plot);
        AtomicFile.Write(path, s => s.Write(plot.GetImageBytes(width, height, ImageFormat.Png)));
    }

    public static void Save(Multiplot plots, string path, int width, int height)
    {
        ArgumentNullException.ThrowIfNull(plots);
        AtomicFile.Write(path, s => s.Write(plots.Render(width, height).GetImageBytes(ImageFormat.Png)));
    }
}
