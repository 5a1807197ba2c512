using System.Globalization;

namespace DNArch.Engine.Search;

/// <summary>
/// How people read a task figure: accuracy in percent on every line a person reads (terminal, summaries, tables,
/// plots), an error as the plain number; the JSON files keep fractions for tools.
/// </summary>
public static class TaskFigures
{
    /// <summary>True for <c>accuracy</c>, <c>valAccuracy</c>, <c>testAccuracy</c>, ...: higher is better and shown in percent.</summary>
    public static bool IsAccuracy(string figure) => figure?.EndsWith("ccuracy", StringComparison.OrdinalIgnoreCase) ?? false;

    /// <summary>The factor from the stored value to the shown one: 100 for accuracy.</summary>
    public static double Scale(string figure) => IsAccuracy(figure) ? 100 : 1;

    /// <summary>"accuracy (%)" or "error", for axis labels and table headers.</summary>
    public static string Label(string figure) => IsAccuracy(figure) ? "accuracy (%)" : "error";

    /// <summary>"99.80%" for an accuracy of 0.998, "0.0123" for an error.</summary>
    public static string Format(string figure, double value) =>
        IsAccuracy(figure)
            ? (value * 100).ToString("0.00", CultureInfo.InvariantCulture) + "%"
            : value.ToString("0.####", CultureInfo.InvariantCulture);
}
