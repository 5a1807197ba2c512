using DNArch.Engine.Compare;
using Spectre.Console;

namespace DNArch.Host.Terminal;

/// <summary>
/// Shows a comparison's aggregated table: in an interactive terminal as a table that fits its width (cells wrap);
/// redirected, as the lines of <c>compare.md</c>, whole, never wrapped to a guessed width, for scripts that read them.
/// </summary>
public sealed class ComparisonConsole(IAnsiConsole console)
{
    public void Write(string folder, IReadOnlyList<ComparisonRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        if (console.Profile.Capabilities.Ansi && !Console.IsOutputRedirected)
        {
            var model = ComparisonTable.Of(CombinationSummary.Of(rows));
            var table = new Table().Title("Comparison");
            for (var i = 0; i < model.Headers.Count; i++)
                table.AddColumn(new TableColumn(Markup.Escape(model.Headers[i])) { Alignment = ComparisonTable.IsNumeric(i) ? Justify.Right : Justify.Left });
            foreach (var row in model.Rows) table.AddRow(row.Select(Markup.Escape).ToArray());
            console.Write(table);
            console.WriteLine($"report, every run and plots: {Path.Combine(folder, "compare.md")}");
        }
        else
        {
            Console.Out.Write(File.ReadAllText(Path.Combine(folder, "compare.md")));
        }
        Console.Out.WriteLine($"comparison: {folder}");
    }
}
