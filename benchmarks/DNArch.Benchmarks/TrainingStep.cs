using System.Diagnostics;
using DNArch.Engine.Network;
using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace DNArch.Benchmarks;

/// <summary>One forward + backward + AdamW step of a classifier, timed by phase.</summary>
static class TrainingStep
{
    public sealed record Timing(double Loss, double ForwardMs, double BackwardMs, double OptimizerMs)
    {
        public double TotalMs => ForwardMs + BackwardMs + OptimizerMs;
    }

    public static Timing Run(nn.Module<Tensor, Tensor> network, optim.Optimizer optimizer, Tensor inputs, Tensor labels)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(optimizer);
        using var scope = NewDisposeScope();
        var clock = Stopwatch.StartNew();
        optimizer.zero_grad();
        var loss = nn.functional.cross_entropy(network.forward(inputs), labels);
        var value = loss.item<float>();
        var forward = clock.Elapsed.TotalMilliseconds;
        loss.backward();
        var backward = clock.Elapsed.TotalMilliseconds;
        optimizer.step();
        var end = clock.Elapsed.TotalMilliseconds;
        return new Timing(value, forward, backward - forward, end - backward);
    }

    /// <summary>
    /// Times <paramref name="steps"/> steps after <paramref name="warmup"/> untimed ones. With
    /// <paramref name="fixedArchitecture"/> only the weights are stepped, so every step runs the architecture the network
    /// started with: stepped too, masks and cut-offs move a little each step (kernel 311 → 334 taps, width 40 → 43,
    /// resolution 616 → 600 in 30 steps of the 25% cropping row), and so do the cropped sizes being timed.
    /// </summary>
    public static IReadOnlyList<Timing> Repeat(Supernet network, Tensor inputs, Tensor labels, int warmup, int steps,
        bool fixedArchitecture = false)
    {
        ArgumentNullException.ThrowIfNull(network);
        return Repeat(network, fixedArchitecture ? network.WeightParameters() : network.parameters(), inputs, labels, warmup, steps);
    }

    /// <summary>Times <paramref name="steps"/> steps of <paramref name="parameters"/> after <paramref name="warmup"/> untimed ones.</summary>
    public static IReadOnlyList<Timing> Repeat(nn.Module<Tensor, Tensor> network, IEnumerable<Parameter> parameters,
        Tensor inputs, Tensor labels, int warmup, int steps)
    {
        using var optimizer = optim.AdamW(parameters, lr: 1e-3);
        for (var i = 0; i < warmup; i++) Run(network, optimizer, inputs, labels);
        return Enumerable.Range(0, steps).Select(_ => Run(network, optimizer, inputs, labels)).ToList();
    }

    /// <summary>The median: the machine may be shared, and contention only ever adds time.</summary>
    public static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
    }
}
