using static TorchSharp.torch;

namespace DNArch.Tests.Resampling;

/// <summary>One cosine <c>A·cos(2π Σ_d k_d t_d + φ)</c>, <c>k_d</c> in cycles over the whole signal.</summary>
sealed record Cosine(int[] Cycles, double Amplitude, double Phase);

/// <summary>
/// A sum of cosines sampled on any grid over the same domain: on <c>N_d</c> samples per dimension, sample <c>n</c>
/// sits at <c>t_d = n_d / N_d</c>. The same signal on a coarser grid is what an exact downsampling must return.
/// </summary>
static class BandLimitedSignal
{
    /// <summary>The samples, <c>[1, 1, *size]</c>, computed in double precision.</summary>
    public static Tensor Sample(int[] size, params Cosine[] cosines)
    {
        using var scope = NewDisposeScope();
        var signal = zeros(size.Select(n => (long)n).ToArray(), float64);
        foreach (var cosine in cosines)
        {
            var phase = full(size.Select(n => (long)n).ToArray(), cosine.Phase, float64);
            for (var d = 0; d < size.Length; d++)
            {
                var shape = Enumerable.Repeat(1L, size.Length).ToArray();
                shape[d] = size[d];
                var positions = arange(size[d], float64).reshape(shape) / size[d];
                phase = phase + positions * (2 * Math.PI * cosine.Cycles[d]);
            }
            signal = signal + cosine.Amplitude * phase.cos();
        }
        return signal.to(float32).unsqueeze(0).unsqueeze(0).MoveToOuterDisposeScope();
    }
}
