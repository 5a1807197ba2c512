using DNArch.Plugins.Sdk.IO;
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
        scatter.MarkerSize = count < 2 ? 9 : 7 + 6f * (count - 1 - index) / (count - 1);
        scatter.LineWidth = 1.5f;
        return scatter;
    }

    /// <summary>The sideways shift of series <paramref name="index"/> of <paramref name="count"/>, a fraction of <paramref name="spacing"/> (the x step), so equal series stay visible side by side.</summary>
    public static double Dodge(int index, int count, double spacing) =>
        count < 2 ? 0 : (index - (count - 1) / 2.0) * 0.3 * spacing / (count - 1);

    /// <summary>
    /// A reference line named in the legend: a budget dashed in red (or in <paramref name="color"/>, its series'),
    /// a maximum (the supernet's, the input's) densely dashed in grey.
    /// </summary>
    public static void Reference(Plot plot, double value, string label, bool budget = false, bool vertical = false, IYAxis? axis = null, Color? color = null)
    {
        ArgumentNullException.ThrowIfNull(plot);
        var (own, pattern) = budget ? (Colors.Red, LinePattern.Dashed) : (Colors.Gray, LinePattern.DenselyDashed);
        var colour = color ?? own;
        AxisLine line = vertical ? plot.Add.VerticalLine(value, 1.5f, colour, pattern) : plot.Add.HorizontalLine(value, 1.5f, colour, pattern);
        line.LegendText = label;
        if (axis is not null) line.Axes.YAxis = axis;
    }

    /// <summary>Integer ticks only, for epochs, blocks, channels, depth.</summary>
    public static void IntegerTicks(IAxis axis)
    {
        ArgumentNullException.ThrowIfNull(axis);
        axis.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { IntegerTicksOnly = true };
    }

    /// <summary>Tick labels of large counts as 1.2M, 350k.</summary>
    public static void CompactTicks(IAxis axis)
    {
        ArgumentNullException.ThrowIfNull(axis);
        axis.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { LabelFormatter = Numbers.Compact };
    }

    /// <summary>Epochs 1 to <paramref name="last"/> with integer ticks and half an epoch of room either side, whatever the dodge.</summary>
    public static void Epochs(Plot plot, int last)
    {
        ArgumentNullException.ThrowIfNull(plot);
        IntegerTicks(plot.Axes.Bottom);
        plot.Axes.SetLimitsX(0.5, Math.Max(1, last) + 0.5);
    }

    /// <summary>A value axis from 0 to a little above <paramref name="top"/>, so that sizes and costs read as proportions.</summary>
    public static void FromZero(Plot plot, double top, IYAxis? axis = null)
    {
        ArgumentNullException.ThrowIfNull(plot);
        plot.Axes.SetLimitsY(0, top > 0 && double.IsFinite(top) ? top * 1.08 : 1, axis ?? plot.Axes.Left);
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
