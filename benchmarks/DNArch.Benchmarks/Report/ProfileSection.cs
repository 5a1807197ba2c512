using System.Text;

namespace DNArch.Benchmarks.Report;

/// <summary>Part 5: where a step's time goes, from <c>profile-*.json</c>.</summary>
static class ProfileSection
{
    public static string? Render(string results)
    {
        var files = Directory.Exists(results) ? Directory.GetFiles(results, "profile-*.json").Order().ToList() : [];
        if (files.Count == 0) return null;
        var text = new StringBuilder("## Profile: where a step goes\n\n");
        var peak = RooflineSection.Read(results)?.PeakMacsPerSecond;
        text.AppendLine("Each kind of layer timed alone, forward + backward at the network's shapes, times its count in the network; " +
            "the step's phases from the step itself (medians). Training MACs of one call as the roofline counts them (3 × the " +
            "forward's, from the engine's cost sheet; GELU not counted)" +
            (peak is { } p ? $", per second, and as a fraction of the measured peak ({RooflineSection.Gmacs(p)} G MACs/s, roofline above)" : "") + ".\n");
        foreach (var result in files.Select(ResultFile.Read<ProfileBenchmark.Result>))
        {
            text.AppendLine($"**{result.Case}**: step {Verdict.Ms(result.StepMs)} ms = forward {Verdict.Ms(result.ForwardMs)} + " +
                $"backward {Verdict.Ms(result.BackwardMs)} + optimizer {Verdict.Ms(result.OptimizerMs)} ms.\n");
            var table = new MarkdownTable("part", "count", "ms each", "ms in all", "of step", "training MACs each", "G MACs/s", "of peak");
            foreach (var part in result.Parts)
            {
                var rate = part.Macs / (part.EachMs / 1e3);
                table.Add(part.Name, $"{part.Count}", Verdict.Ms(part.EachMs), Verdict.Ms(part.TotalMs), $"{100 * part.TotalMs / result.StepMs:F0}%",
                    part.Macs > 0 ? $"{part.Macs:N0}" : "", part.Macs > 0 ? RooflineSection.Gmacs(rate) : "",
                    part.Macs > 0 && peak is { } top ? RooflineSection.Percent(rate / top) : "");
            }
            text.AppendLine(table.ToString());
        }
        return text.ToString();
    }
}
