using static TorchSharp.torch;

namespace DNArch.Plugins.Resampling;

/// <summary>
/// Moves the one-sided spectrum of a real signal, along one dimension, between a grid of <c>n</c> samples and a
/// coarser grid of <c>m</c>, keeping the bins <c>0 … m/2</c> (<see cref="SpectralResize.KeptBins"/>). When <c>m</c> is
/// even, the coarse grid's Nyquist bin stands for both <c>+m/2</c> and <c>-m/2</c> of the fine one: cropping folds the
/// two into it (twice the bin, for a real signal), padding splits it in halves, so a band-limited signal is resampled
/// exactly.
/// </summary>
public static class SpectrumWindow
{
    /// <summary>
    /// The factor per kept bin going from <paramref name="n"/> samples to <paramref name="m"/>: 1, except at an even
    /// coarse grid's Nyquist bin, 2 when cropping (<c>m &lt; n</c>) and 1/2 when padding.
    /// </summary>
    public static Tensor Factors(int n, int m, Device? device = null)
    {
        var factors = ones(SpectralResize.KeptBins(n, m), device: device);
        var coarse = Math.Min(n, m);
        if (n != m && coarse % 2 == 0) factors[coarse / 2].fill_(m < n ? 2.0 : 0.5);
        return factors;
    }

    /// <summary>
    /// Normalised frequencies <c>|f| = 2k/n</c> (1 = Nyquist of the <paramref name="n"/>-sample grid) of the bins kept
    /// when <paramref name="n"/> samples are cropped to <paramref name="m"/>.
    /// </summary>
    public static Tensor KeptFrequencies(int n, int m, Device? device = null)
    {
        using var bins = fft.rfftfreq(m, 1.0 / m, device: device);
        return bins * (2.0 / n);
    }
}
