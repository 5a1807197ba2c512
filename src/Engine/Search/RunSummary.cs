using System.Globalization;
using System.Text;
using DNArch.Abstractions.Architecture;
using DNArch.Engine.Runs;
using DNArch.Engine.Reporting;
using DNArch.Plugins.Sdk.IO;

namespace DNArch.Engine.Search;

/// <summary><c>summary.md</c>: the learned architecture and the run's figures, for people.</summary>
public static class RunSummary
{
    public static void Write(RunDirectory run, ArchitectureRecord architecture, IReadOnlyList<EpochMetrics> history, ComplexityBudget? budget)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(architecture);
        ArgumentNullException.ThrowIfNull(history);
        var md = new StringBuilder();
        md.AppendLine($"# {Path.GetFileName(run.Path)}").AppendLine();
        foreach (var (name, value) in architecture.Metrics.OrderBy(m => m.Key, StringComparer.Ordinal))
            md.AppendLine($"- {name}: {TaskFigures.Format(name, value)}");
        md.AppendLine(Inv($"- depth: {architecture.Depth} of {architecture.MaxDepth} blocks"));
        md.AppendLine(Inv($"- params: {architecture.Params:N0} of {architecture.MaxParams:N0} ({Percent(architecture.Params, architecture.MaxParams)})"));
        md.AppendLine(Inv($"- FLOPs (MACs per example): {architecture.Macs:N0} of {architecture.MaxMacs:N0} ({Percent(architecture.Macs, architecture.MaxMacs)})"));
        md.AppendLine(Inv($"- kernel generation: {architecture.KernelMacs:N0} MACs per forward pass, shared by the batch"));
        if (budget is not null) md.AppendLine(Inv($"- budget: {budget.MetricName} ≤ {budget.Target:N0}"));
        if (architecture.BestEpoch is { } best) md.AppendLine(Inv($"- best epoch: {best}"));
        md.AppendLine(Inv($"- epochs: {history.Count}, training time {history.Sum(h => h.Seconds):0.#} s"));
        if (history.Any(h => h.SkippedSteps is not null))
            md.AppendLine(Inv($"- steps skipped for a non-finite loss or gradient: {history.Sum(h => h.SkippedSteps ?? 0)}"));
        md.AppendLine();

        md.AppendLine("| block | active | kernel | width | input | output |").AppendLine("|---|---|---|---|---|---|");
        foreach (var b in architecture.Blocks)
            md.AppendLine(Inv($"| {b.Index} | {(b.Active ? "yes" : "no")} | {Dims(b.KernelSize)} | {b.Width}/{b.MaxWidth} | {Dims(b.InputSize)} | {Dims(b.OutputSize)} |"));
        AtomicFile.WriteAllText(run.Summary, md.ToString());
    }

    static string Dims(IReadOnlyList<int> sizes) => string.Join("×", sizes);

    static string Percent(long part, long whole) => whole == 0 ? "n/a" : Inv($"{100.0 * part / whole:0.#}%");

    static string Inv(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
