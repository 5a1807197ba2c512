using DNArch.Abstractions.Architecture;
using DNArch.Engine.Search;
using Spectre.Console;

namespace DNArch.Host.Terminal;

/// <summary>The learned architecture as a table, with the run's figures and where its files are.</summary>
public static class ArchitectureTable
{
    public static void Write(IAnsiConsole console, ArchitectureRecord record, string runPath)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(record);
        var table = new Table().Title("Learned architecture").AddColumns("block", "active", "kernel", "width", "input", "output");
        foreach (var b in record.Blocks)
            table.AddRow(b.Index.ToString(), b.Active ? "yes" : "no", Dims(b.KernelSize), $"{b.Width}/{b.MaxWidth}", Dims(b.InputSize), Dims(b.OutputSize));
        console.Write(table);
        console.WriteLine($"depth {record.Depth}/{record.MaxDepth}, params {record.Params:N0}/{record.MaxParams:N0}, FLOPs {record.Macs:N0}/{record.MaxMacs:N0}");
        console.WriteLine(string.Join(", ", record.Metrics.OrderBy(m => m.Key, StringComparer.Ordinal).Select(m => $"{m.Key} {TaskFigures.Format(m.Key, m.Value)}")));
        console.WriteLine($"run directory: {runPath}");
    }

    static string Dims(IReadOnlyList<int> sizes) => string.Join("×", sizes);
}
