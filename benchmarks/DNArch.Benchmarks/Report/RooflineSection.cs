using System.Text;

namespace DNArch.Benchmarks.Report;

/// <summary>Useful arithmetic per second against this machine's peak and against a plain CNN, from <c>roofline.json</c>.</summary>
static class RooflineSection
{
    const double PlainTarget = 0.5;

    public static string? Render(string results)
    {
        if (Read(results) is not { } result) return null;
        var text = new StringBuilder("## Roofline: useful arithmetic per second\n\n");
        text.AppendLine($"Peak: a {result.MatmulSize} × {result.MatmulSize} float32 matrix product in libtorch on {result.Threads} threads " +
            $"(BLAS: {result.Blas}; FFT: {result.Fft}), median of {result.Steps}: **{Gmacs(result.PeakMacsPerSecond)} G MACs/s**.\n");
        text.AppendLine("Cases: `sequence` and `image` are section 1's supernets (MLP kernels on the whole grid, FFT depthwise " +
            "convs, no resampling); `image-defaults` is the supernet `dnarch search` starts from on 28×28 images at its " +
            "defaults (`magnet` kernels with masks at half the 9-point grid, so direct depthwise convs; learnable resampling; " +
            "32 channels; batch 64). 2-D networks keep their activations channels-last.\n");
        text.AppendLine("Useful MACs of a training step = 3 × the forward's (backward counted as twice the forward): the supernet's " +
            "per example as the `flops` budget plugin counts them for a run (the engine's cost sheet: FFT convs at the transform " +
            "length N = n + k − 1 for causal, n + ⌊k/2⌋ for centred kernels per dimension, before rounding up to a fast length, " +
            "each real FFT 2.5·N·log2 N flops = 1.25·N·log2 N MACs, plus 2N per channel for the spectral product) × batch, plus the " +
            "kernel generators' MACs once per forward. The plain CNN (TorchSharp, dense 3/5/3/3-tap convs + BatchNorm + GELU, " +
            "2 max-pools, linear head; in the case's dimensions) has the width whose forward MACs per example are closest to " +
            $"the supernet's. Both timed in one process, in {RooflineBenchmark.Rounds} rounds that alternate them (AdamW, " +
            $"{RooflineBenchmark.Warmup} untimed steps each first; the median of {result.Steps} steps each).\n");
        var table = new MarkdownTable("case", "network", "training MACs / step", "step ms", "G MACs/s", "of peak",
            $"of the plain CNN's MACs/s (≥ {PlainTarget * 100:F0}%)");
        foreach (var row in result.Cases)
        {
            var supernet = row.SupernetMacs / (row.SupernetStepMs / 1e3);
            var plain = row.PlainMacs / (row.PlainStepMs / 1e3);
            table.Add(row.Case, $"supernet (batch {row.Batch})", $"{row.SupernetMacs:N0}", Verdict.Ms(row.SupernetStepMs),
                Gmacs(supernet), Percent(supernet / result.PeakMacsPerSecond),
                $"{Percent(supernet / plain)} — {Verdict.Of(supernet / plain >= PlainTarget)}");
            table.Add(row.Case, $"plain CNN, width {row.PlainWidth}", $"{row.PlainMacs:N0}", Verdict.Ms(row.PlainStepMs),
                Gmacs(plain), Percent(plain / result.PeakMacsPerSecond), "");
        }
        text.AppendLine(table.ToString());
        return text.ToString();
    }

    /// <summary>The measured peak, or null when the roofline was not run.</summary>
    public static RooflineBenchmark.Result? Read(string results)
    {
        var path = Path.Combine(results, "roofline.json");
        return File.Exists(path) ? ResultFile.Read<RooflineBenchmark.Result>(path) : null;
    }

    public static string Gmacs(double macsPerSecond) => $"{macsPerSecond / 1e9:F2}";

    public static string Percent(double fraction) => $"{100 * fraction:F1}%";
}
