using System.Text;
using DNArch.Plugins.Sdk.IO;

namespace DNArch.Benchmarks.Report;

/// <summary>
/// Writes <c>docs/benchmarks.md</c> and its charts (in <c>docs/benchmarks/</c>) from the measurements in a results
/// folder: every figure comes from those files, none is typed in.
/// </summary>
static class BenchmarkReport
{
    public static void Write(string results, string markdownPath, string? fashion, string? notes)
    {
        var docs = Path.GetDirectoryName(Path.GetFullPath(markdownPath))!;
        var name = Path.GetFileNameWithoutExtension(markdownPath);
        var charts = new Charts(Path.Combine(docs, name), name);
        var text = new StringBuilder("# Benchmarks\n\n");
        text.AppendLine("Written by `benchmarks/run.sh` from what it measured in its run (results in `" +
            Path.GetRelativePath(docs, results) + "`); do not edit by hand.\n");
        var machine = Path.Combine(results, "machine.txt");
        if (File.Exists(machine)) text.AppendLine("```\n" + File.ReadAllText(machine).TrimEnd() + "\n```\n");
        foreach (var section in (string?[])[VersusSection.Render(results, charts), CroppingSection.Render(results, charts),
                     LongSequenceSection.Render(results, charts), FashionSection.Render(fashion, results, charts), RooflineSection.Render(results), InferenceSection.Render(results), ProfileSection.Render(results)])
            if (section is not null) text.AppendLine(section);
        if (notes is not null && File.Exists(notes)) text.AppendLine(File.ReadAllText(notes));
        Directory.CreateDirectory(docs);
        AtomicFile.WriteAllText(markdownPath, text.ToString());
    }
}
