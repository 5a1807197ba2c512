using static TorchSharp.torch;

namespace DNArch.Benchmarks;

static class AblationScratch
{
    public static void Run(string spec, int batch, int steps)
    {
        set_num_threads(int.Parse(Environment.GetEnvironmentVariable("THREADS") ?? "2"));
        var fashion = new BenchmarkCase("fashion", [28, 28], 32, 4, batch);
        var variants = spec.Split(';').Select(v => v.Split(':', 2)).ToArray();
        var best = new Dictionary<string, double>();
        for (var round = 0; round < int.Parse(Environment.GetEnvironmentVariable("ROUNDS") ?? "3"); round++)
        foreach (var parts in variants)
        {
            var settings = new Dictionary<string, string?> { ["Resampling:Enabled"] = "true" };
            if (parts.Length > 1)
                foreach (var kv in parts[1].Split(',', StringSplitOptions.RemoveEmptyEntries))
                {
                    var p = kv.Split('=');
                    settings[p[0]] = p[1];
                }
            using var network = fashion.Create(settings);
            var (inputs, labels) = fashion.RandomBatch();
            using (inputs)
            using (labels)
            {
                var t = TrainingStep.Repeat(network, inputs, labels, 2, steps);
                var min = t.Min(s => s.TotalMs);
                best[parts[0]] = Math.Min(best.GetValueOrDefault(parts[0], double.MaxValue), min);
            }
        }
        foreach (var (name, ms) in best) Console.WriteLine($"{name,-20} min step {ms,7:F1} ms");
    }
}
