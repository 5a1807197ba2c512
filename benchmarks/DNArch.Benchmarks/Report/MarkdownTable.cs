using System.Text;

namespace DNArch.Benchmarks.Report;

/// <summary>A GitHub-flavoured markdown table.</summary>
sealed class MarkdownTable(params string[] headers)
{
    readonly List<string[]> rows = [];

    public MarkdownTable Add(params string[] cells)
    {
        rows.Add(cells);
        return this;
    }

    public override string ToString()
    {
        var text = new StringBuilder();
        text.AppendLine($"| {string.Join(" | ", headers)} |");
        text.AppendLine($"|{string.Concat(headers.Select(_ => "---|"))}");
        foreach (var row in rows) text.AppendLine($"| {string.Join(" | ", row)} |");
        return text.ToString();
    }
}
