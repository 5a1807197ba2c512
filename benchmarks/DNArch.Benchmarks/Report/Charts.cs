using ScottPlot;

namespace DNArch.Benchmarks.Report;

/// <summary>PNG charts beside the report, linked from it by relative path.</summary>
sealed class Charts(string imageDirectory, string linkPrefix)
{
    public const int Width = 720;
    public const int Height = 420;

    /// <summary>Saves <paramref name="plot"/> and returns the markdown that shows it.</summary>
    public string Save(Plot plot, string file, string title, string x, string y)
    {
        ArgumentNullException.ThrowIfNull(plot);
        Directory.CreateDirectory(imageDirectory);
        plot.Title(title);
        plot.XLabel(x);
        plot.YLabel(y);
        plot.ShowLegend(Edge.Right); // outside the data area, so it never hides a point
        plot.SavePng(Path.Combine(imageDirectory, file), Width, Height);
        return $"![{title}]({linkPrefix}/{file})\n";
    }
}
