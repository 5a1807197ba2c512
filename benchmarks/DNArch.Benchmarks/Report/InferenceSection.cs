using System.Text;

namespace DNArch.Benchmarks.Report;

/// <summary>Part 5: evaluation throughput of found networks in the engine and in ONNX Runtime, from <c>inference-*.json</c>.</summary>
static class InferenceSection
{
    public static string? Render(string results)
    {
        var files = Directory.Exists(results) ? Directory.GetFiles(results, "inference-*.json").Order().ToList() : [];
        if (files.Count == 0) return null;
        var text = new StringBuilder("## 5. Using a found network: evaluation throughput\n\n");
        text.AppendLine("`benchmarks/run.sh inference`: a run's best network (`FoundNetwork.Load`) forwards random inputs of its " +
            "shape four ways, in evaluation mode without gradients: the supernet as the masked full network and the supernet " +
            "cropped, both generating their kernels for every batch (as a training step's forward does); the found network, cropped with its " +
            "kernels generated once and kept; and its export (`dnarch export --format onnx`) in ONNX Runtime. Each way " +
            "forwards the examples after one untimed batch, in rounds that visit every way in turn; the median round counts. " +
            "Samples/s; FLOPs are the realised network's MACs per example; the last column is the largest difference between " +
            "ONNX Runtime's outputs and the found network's on one batch.\n");
        var table = new MarkdownTable("run", "FLOPs", "network", "batch", "threads", "samples/s", "vs found network",
            "max output difference");
        foreach (var rows in files.Select(ResultFile.Read<List<InferenceBenchmark.Row>>))
        {
            var found = rows.Single(r => r.Network.StartsWith("found", StringComparison.Ordinal)).SamplesPerSecond;
            foreach (var row in rows)
                table.Add(row.Run, $"{row.Flops:N0}", row.Network, $"{row.Batch}", $"{row.Threads}", $"{row.SamplesPerSecond:N0}",
                    $"{row.SamplesPerSecond / found:F2}×", row.MaxDifference is { } d ? $"{d:G2}" : "");
        }
        text.AppendLine(table.ToString());
        var load = Path.Combine(results, "inference-load.txt");
        if (File.Exists(load)) text.AppendLine($"Load average (1 min) of the 2-core machine while measured: {File.ReadAllText(load).Trim()}.\n");
        text.AppendLine("Why: the masked full network pays for every channel, block and tap the supernet carries; generating " +
            "the kernels costs the kernel networks' forward on every batch; the found network pays for neither. ONNX Runtime runs the same " +
            "fixed operations (direct convs where the engine may take FFTs for long kernels, resampling as matrix products), " +
            "outputs within 1e-4 of the engine's (tests in `tests/DNArch.Tests/Export`).\n");
        return text.ToString();
    }
}
