using System.Diagnostics;
using DNArch.Engine.Network;
using static TorchSharp.torch;

namespace DNArch.Benchmarks;

/// <summary>
/// Forward + backward time of the two depthwise-conv paths by kernel size, to choose the defaults of
/// <see cref="NetworkOptions.FftThreshold"/>: 1-D length 784, and 2-D 28×28 and 20×20 (the sizes of a Fashion-MNIST
/// search's blocks); 64 channels, batch 32.
/// </summary>
static class FftThresholdBenchmark
{
    const int Repeats = 7;

    public static void Run()
    {
        Console.WriteLine("| input | kernel | direct ms | FFT ms |");
        Console.WriteLine("|---|---|---|---|");
        foreach (var k in (int[])[5, 9, 17, 25, 33, 49, 65, 129, 785])
            Row("784", [32, 64, 784], [64, k], $"{k}");
        foreach (var n in (int[])[28, 20])
            foreach (var (h, w) in ((int, int)[])[(3, 3), (5, 5), (7, 7), (7, 9), (9, 9), (11, 11), (15, 15)])
                Row($"{n}x{n}", [32, 64, n, n], [64, h, w], $"{h}x{w}");
    }

    static void Row(string input, long[] xShape, long[] kShape, string kernel)
    {
        using var x = randn(xShape, requires_grad: true);
        using var k = randn(kShape, requires_grad: true);
        var direct = Milliseconds(() => DepthwiseConvolution.Direct(x, k, causal: false));
        var fft = Milliseconds(() => DepthwiseConvolution.Fft(x, k, causal: false));
        Console.WriteLine($"| {input} | {kernel} | {direct:F1} | {fft:F1} |");
    }

    static double Milliseconds(Func<Tensor> conv)
    {
        void Once()
        {
            using var scope = NewDisposeScope();
            conv().sum().backward();
        }
        Once();
        // The fastest repeat: the machine is shared, and contention only ever adds time.
        return Enumerable.Range(0, Repeats).Min(_ =>
        {
            var clock = Stopwatch.StartNew();
            Once();
            return clock.Elapsed.TotalMilliseconds;
        });
    }
}
