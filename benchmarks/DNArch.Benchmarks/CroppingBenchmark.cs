using System.Diagnostics;
using DNArch.Abstractions.Datasets;
using DNArch.Engine.Network;
using TorchSharp;
using static TorchSharp.torch;

namespace DNArch.Benchmarks;

/// <summary>
/// Training-step time of the supernet at full size versus masks shrunk to about a quarter of its FLOPs
/// (1-D length 784, 64 channels, 4 blocks, batch 32), then RSS over many steps of the shrunk network while its
/// architecture keeps learning (shapes change from step to step).
/// </summary>
static class CroppingBenchmark
{
    const int Batch = 32;
    const int TimedSteps = 10;
    static readonly DatasetInfo Data = new("bench", TaskKind.Classification, 1, [784], 10, Causal: true);

    public static void Run(int rssSteps)
    {
        manual_seed(0);
        using var inputs = randn(Batch, 1, 784);
        using var labels = randint(10, [Batch]);
        Console.WriteLine($"threads: {get_num_threads()}\n");
        Console.WriteLine("| network | kernel (stem, block 0) | widths | depth | MMACs/example | params | ms/step (median) | speed-up |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|");
        double? fullMs = null;
        foreach (var (name, shrink) in Configurations)
        {
            using var network = Create(shrink);
            var record = network.Record();
            var ms = StepMilliseconds(network, inputs, labels);
            fullMs ??= ms;
            Console.WriteLine($"| {name} | {record.StemKernelSize[0]}, {record.Blocks[0].KernelSize[0]} | " +
                $"{record.StemWidth}, {string.Join(" ", record.Blocks.Where(b => b.Active).Select(b => b.Width))} | " +
                $"{record.Depth}/{record.MaxDepth} | {record.Flops / 1e6:F1} ({100.0 * record.Flops / record.MaxFlops:F0}%) | " +
                $"{record.Params} | {ms:F0} | {fullMs / ms:F2}x |");
        }
        Console.WriteLine();
        MemoryOverSteps(inputs, labels, rssSteps);
    }

    static readonly (string Name, Dictionary<string, string?> Shrink)[] Configurations =
    [
        ("full", new()),
        ("~25% FLOPs", new()
        {
            ["Masks:KernelSize:InitialSize"] = "0.04",
            ["Masks:Width:InitialSize"] = "0.8",
            ["Masks:Depth:InitialSize"] = "0.4",
        }),
    ];

    static Supernet Create(Dictionary<string, string?> shrink)
    {
        var values = new Dictionary<string, string?>
        {
            ["Kernel:Type"] = "mlp",
            ["Masks:KernelSize:Type"] = "gaussian",
            ["Masks:Width:Type"] = "sigmoid",
            ["Masks:Depth:Type"] = "sigmoid",
            ["Resampling:Enabled"] = "false",
            ["Network:Blocks"] = "4",
            ["Network:Width"] = "64",
        };
        foreach (var (key, value) in shrink) values[key] = value;
        return new SupernetFactory(BenchmarkPlugins.Resolver()).Create(BenchmarkPlugins.Search(values), Data);
    }

    static double StepMilliseconds(Supernet network, Tensor inputs, Tensor labels)
    {
        using var optimizer = optim.AdamW(network.parameters(), lr: 1e-3);
        for (var i = 0; i < 2; i++) Step(network, optimizer, inputs, labels);
        // The median step: the machine may be shared, and contention only ever adds time.
        var times = Enumerable.Range(0, TimedSteps).Select(_ =>
        {
            var clock = Stopwatch.StartNew();
            Step(network, optimizer, inputs, labels);
            return clock.Elapsed.TotalMilliseconds;
        }).Order().ToList();
        return times[TimedSteps / 2];
    }

    static void MemoryOverSteps(Tensor inputs, Tensor labels, int steps)
    {
        Console.WriteLine("| phase | " + string.Join(" | ", Checkpoints(steps).Select(s => $"step {s}")) + " |");
        Console.WriteLine("|---|" + string.Concat(Checkpoints(steps).Select(_ => "---|")));
        // Frozen: only weights train, so shapes stay put and any growth would be a leak. Learning: a large learning
        // rate on everything, so kernel windows and widths change shape from step to step.
        foreach (var learnArchitecture in (bool[])[false, true])
        {
            using var network = Create(Configurations[1].Shrink);
            using var optimizer = optim.AdamW(learnArchitecture ? network.parameters() : network.WeightParameters(),
                lr: learnArchitecture ? 1e-2 : 1e-3);
            var rss = new List<string>();
            for (var step = 1; step <= steps; step++)
            {
                Step(network, optimizer, inputs, labels);
                if (Checkpoints(steps).Contains(step)) rss.Add($"{Rss.MiB():F0} MiB");
            }
            var phase = learnArchitecture ? $"architecture learning (now {network.Record().Flops / 1e6:F1} MMACs)" : "architecture frozen";
            Console.WriteLine($"| {phase} | {string.Join(" | ", rss)} |");
        }
    }

    static int[] Checkpoints(int steps) => [1, .. Enumerable.Range(1, 4).Select(i => i * steps / 4).Where(s => s > 1)];

    static void Step(Supernet network, optim.Optimizer optimizer, Tensor inputs, Tensor labels)
    {
        using var scope = NewDisposeScope();
        optimizer.zero_grad();
        var loss = nn.functional.cross_entropy(network.forward(inputs), labels);
        loss.backward();
        optimizer.step();
    }
}
