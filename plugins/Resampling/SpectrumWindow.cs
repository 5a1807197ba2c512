using static TorchSharp.torch;

namespace DNArch.Plugins.Resampling;

/// <summary>
/// Moves the spectrum of a real signal, along one dimension, between a grid of <c>n</c> samples and a coarser grid of
/// <c>m</c>, keeping the bins <c>|k| ≤ m/2</c>. A dimension is either full (FFT: positive bins first, then negative)
/// or half (the last dimension of an rFFT: bins 0..n/2). When <c>m</c> is even, the coarse grid's Nyquist bin stands
/// for both <c>+m/2</c> and <c>-m/2</c> of the fine one: cropping folds the two into it, padding splits it in halves,
/// so a band-limited signal is resampled exactly.
/// </summary>
public static class SpectrumWindow
{
    /// <summary>The spectrum of <paramref name="n"/> samples cut down to that of <paramref name="m"/> samples.</summary>
    public static Tensor Crop(Tensor spectrum, int dim, int n, int m, bool half)
    {
        ArgumentNullException.ThrowIfNull(spectrum);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(m, n);
        if (m == n) return spectrum.alias();
        var nyquist = m / 2;
        if (half)
        {
            var below = spectrum.narrow(dim, 0, nyquist + 1);
            return m % 2 == 1 ? below : WithNyquist(below, dim, nyquist, below.narrow(dim, nyquist, 1) * 2);
        }
        var positive = spectrum.narrow(dim, 0, (m + 1) / 2);
        if (nyquist == 0) return positive;
        var negative = spectrum.narrow(dim, n - nyquist, nyquist);
        if (m % 2 == 0)
            negative = WithNyquist(negative, dim, 0, negative.narrow(dim, 0, 1) + spectrum.narrow(dim, nyquist, 1));
        return cat([positive, negative], dim);
    }

    /// <summary>The spectrum of <paramref name="m"/> samples zero-padded to that of <paramref name="n"/> samples.</summary>
    public static Tensor Pad(Tensor spectrum, int dim, int m, int n, bool half)
    {
        ArgumentNullException.ThrowIfNull(spectrum);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(m, n);
        if (m == n) return spectrum.alias();
        var nyquist = m / 2;
        if (half)
        {
            var kept = m % 2 == 1 ? spectrum : WithNyquist(spectrum, dim, nyquist, spectrum.narrow(dim, nyquist, 1) / 2);
            return cat([kept, Zeros(spectrum, dim, n / 2 - nyquist)], dim);
        }
        var positive = spectrum.narrow(dim, 0, (m + 1) / 2);
        var negative = spectrum.narrow(dim, (m + 1) / 2, nyquist);
        if (m % 2 == 0)
        {
            var split = negative.narrow(dim, 0, 1) / 2;
            positive = cat([positive, split], dim);
            negative = WithNyquist(negative, dim, 0, split);
        }
        return cat([positive, Zeros(spectrum, dim, n - positive.shape[dim] - negative.shape[dim]), negative], dim);
    }

    /// <summary>
    /// Normalised frequencies <c>|f| = 2|k|/n</c> (1 = Nyquist of the <paramref name="n"/>-sample grid) of the bins
    /// <see cref="Crop"/> keeps for <paramref name="m"/> samples, in the order it keeps them.
    /// </summary>
    public static Tensor KeptFrequencies(int n, int m, bool half, Device? device = null)
    {
        using var bins = half ? fft.rfftfreq(m, 1.0 / m, device: device) : fft.fftfreq(m, 1.0 / m, device: device);
        return bins.abs() * (2.0 / n);
    }

    static Tensor WithNyquist(Tensor bins, int dim, int index, Tensor value) =>
        cat([bins.narrow(dim, 0, index), value, bins.narrow(dim, index + 1, bins.shape[dim] - index - 1)], dim);

    static Tensor Zeros(Tensor like, int dim, long count)
    {
        var shape = like.shape;
        shape[dim] = count;
        return zeros(shape, like.dtype, like.device);
    }
}
