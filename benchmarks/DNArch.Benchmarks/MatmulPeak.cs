using System.Diagnostics;
using static TorchSharp.torch;

namespace DNArch.Benchmarks;

/// <summary>This machine's measured peak: multiply-accumulates per second of a large float32 matrix product.</summary>
static class MatmulPeak
{
    /// <summary>n³ MACs of an n × n by n × n product over its median time, after one untimed product.</summary>
    public static double MacsPerSecond(int size, int repeats)
    {
        using var a = randn(size, size);
        using var b = randn(size, size);
        double Once()
        {
            var clock = Stopwatch.StartNew();
            using (a.matmul(b)) { }
            return clock.Elapsed.TotalSeconds;
        }
        Once();
        return Math.Pow(size, 3) / TrainingStep.Median(Enumerable.Range(0, repeats).Select(_ => Once()));
    }
}
