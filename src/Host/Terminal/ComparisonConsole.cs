using DNArch.Engine.Compare;
using Spectre.Console;

namespace DNArch.Host.Terminal;

/// <summary>
/// Shows a comparison's aggregated table (<see cref="ComparisonReport.Write"/> made it): in an interactive terminal as a table that fits its width (cells wrap);
/// redirected, as the lines of <c>compare.md</c>, whole, never wrapped to a guessed width, for scripts that read them.
/// </summary>
public sealed class ComparisonConsole(IAnsiConsole console)
{
    public void Write(string folder, ComparisonTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var report = ComparisonReport.MarkdownPath(folder);
        if (console.Profile.Capabilities.Ansi && !Console.IsOutputRedirected)
        {
            Draw(console, table);
            console.WriteLine($"report, every run and plots: {report}");
        }
        else
        {
            Console.Out.Write(File.ReadAllText(report));
        }
        Console.Out.WriteLine($"comparison: {folder}");
    }

    // Which columns a narrow terminal keeps first: the name, the test figure and its spread, cost, budget flag, ...
    static readonly int[] Priority = [0, 3, 1, 4, 6, 8, 2, 5, 7, 9, 10];

    /// <summary>
    /// The table, at most as wide as <paramref name="console"/>: the columns that fit whole, by priority, in their
    /// order (the name column may wrap); the others are named below it, and <c>compare.md</c> has them all.
    /// </summary>
    public static void Draw(IAnsiConsole console, ComparisonTable model)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(model);
        var widths = model.Headers.Select((h, i) => model.Rows.Select(r => r[i].Length).Append(h.Length).Max() + 3).ToArray();
        widths[0] = Math.Min(widths[0], 24);
        var kept = new List<int>();
        var total = 1;
        foreach (var column in Priority.Where(c => c < widths.Length))
        {
            if (kept.Count > 0 && total + widths[column] > console.Profile.Width) continue;
            kept.Add(column);
            total += widths[column];
        }
        kept.Sort();
        var table = new Table().Title("Comparison");
        foreach (var i in kept)
            table.AddColumn(new TableColumn(Markup.Escape(model.Headers[i])) { Alignment = ComparisonTable.IsNumeric(i) ? Justify.Right : Justify.Left, NoWrap = i != 0 });
        foreach (var row in model.Rows) table.AddRow(kept.Select(i => Markup.Escape(row[i])).ToArray());
        console.Write(table);
        var left = Enumerable.Range(0, model.Headers.Count).Except(kept).Select(i => model.Headers[i]).ToList();
        if (left.Count > 0) console.WriteLine($"left out for the terminal's width: {string.Join(", ", left)}");
    }
}
