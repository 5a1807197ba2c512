using static TorchSharp.torch;

namespace DNArch.Plugins.Sdk.Fourier;

/// <summary>The nominal cost of FFTs, for complexity counts.</summary>
public static class FftCost
{
    /// <summary>
    /// Multiply-accumulates of one real FFT of <paramref name="points"/> points: FFTW's nominal 2.5·N·log2 N flops,
    /// 1.25·N·log2 N MACs.
    /// </summary>
    public static Tensor Macs(Tensor points)
    {
        ArgumentNullException.ThrowIfNull(points);
        return 1.25 * points * log2(points);
    }
}
