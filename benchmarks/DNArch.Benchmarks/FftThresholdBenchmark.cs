using System.Diagnostics;
using DNArch.Engine.Network;
using DNArch.Plugins.Sdk.Layout;
using static TorchSharp.torch;

namespace DNArch.Benchmarks;

/// <summary>
/// Forward + backward time of the two depthwise-conv paths by kernel size, to choose the defaults of
/// <see cref="NetworkOptions.FftThreshold"/>: causal 1-D kernels on 784, 256 and 128 samples, and centred 2-D ones on
/// 28×28 and 20×20 (the sizes of a Fashion-MNIST search's blocks); 64 channels at batch 32 and 32 channels at batch 64
/// (the default search's). Inputs are in the layout the network keeps them in (images channels-last), the upstream
/// gradient dense as in a step; the two paths alternate, and each row keeps the median of its repeats.
/// </summary>
static class FftThresholdBenchmark
{
    const int Repeats = 9;

    public static void Run()
    {
        Console.WriteLine("| input | batch × channels | kernel | direct ms | FFT ms |");
        Console.WriteLine("|---|---|---|---|---|");
        foreach (var (batch, channels) in ((long, long)[])[(32, 64), (64, 32)])
        {
            foreach (var n in (long[])[784, 256, 128])
                foreach (var k in ((long[])[3, 5, 9, 17, 25, 33, 65, 129, 785]).Where(k => k <= n))
                    Row($"{n}", [batch, channels, n], [channels, k], $"{k}", causal: true);
            foreach (var n in (long[])[28, 20])
                foreach (var (h, w) in ((long, long)[])[(5, 5), (7, 7), (7, 9), (9, 9), (11, 11), (13, 13), (15, 15), (19, 19)])
                    Row($"{n}x{n}", [batch, channels, n, n], [channels, h, w], $"{h}x{w}", causal: false);
        }
    }

    static void Row(string input, long[] xShape, long[] kShape, string kernel, bool causal)
    {
        using var sample = randn(xShape);
        using var x = ChannelsLast.From(sample).requires_grad_();
        using var k = randn(kShape, requires_grad: true);
        using var gradient = ChannelsLast.From(randn(xShape));
        double Once(Func<Tensor> conv)
        {
            using var scope = NewDisposeScope();
            var clock = Stopwatch.StartNew();
            conv().backward([gradient]);
            return clock.Elapsed.TotalMilliseconds;
        }
        Tensor Direct() => DepthwiseConvolution.Direct(x, k, causal);
        Tensor Fft() => DepthwiseConvolution.Fft(x, k, causal);
        Once(Direct);
        Once(Fft);
        var times = Enumerable.Range(0, Repeats).Select(_ => (Direct: Once(Direct), Fft: Once(Fft))).ToList();
        Console.WriteLine($"| {input} | {xShape[0]} × {xShape[1]} | {kernel} | {TrainingStep.Median(times.Select(t => t.Direct)):F1} | " +
            $"{TrainingStep.Median(times.Select(t => t.Fft)):F1} |");
    }
}
