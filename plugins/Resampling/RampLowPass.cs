using DNArch.Plugins.Sdk.Fourier;
using static TorchSharp.torch;

namespace DNArch.Plugins.Resampling;

/// <summary>
/// DiffStride's mask: <c>w_k = clamp((b + R − k) / R, 0, 1)</c> over bin index k, with the band edge <c>b = c·n/2</c>
/// and a ramp of R bins outside it. Bins with <c>w_k = 0</c> are cropped, so no bin is ever dropped while it still
/// counts, and a cut-off anywhere below the top bin gets a gradient from the task.
/// </summary>
sealed class RampLowPass(double rampBins, double initialCutoff) : LowPassShape
{
    /// <summary>
    /// The band edge as configured. At 1 every bin has weight 1; on an even grid the top bin sits on the ramp's upper
    /// corner, where libtorch's clamp still passes the gradient, so the cut-off learns even then.
    /// </summary>
    public override float InitialCutoff() => (float)initialCutoff;

    /// <summary>The highest kept bin is the last below <c>b + R</c>; <c>2k + 1</c> samples hold bins 0…k.</summary>
    public override int KeptSamples(float cutoff, int samples)
    {
        var end = cutoff * samples / 2.0 + rampBins;
        // A bin exactly at the ramp's end has weight 0; the slack keeps float rounding from keeping it.
        var top = Math.Min((int)Math.Ceiling(end - 1e-6) - 1, samples / 2);
        return top < 0 ? 1 : Math.Min(samples, 2 * top + 1);
    }

    /// <summary>Up: the extra bins a longer grid keeps all have weight zero.</summary>
    public override int FastLength(int size, int minimum, int samples) => (int)Math.Min(samples, FftLengths.AtLeast(size));

    public override Tensor Weights(Tensor cutoff, Tensor frequencies, int samples)
    {
        var bins = frequencies * (samples / 2.0);
        return ((cutoff * (samples / 2.0) + rampBins - bins) / rampBins).clamp(0, 1);
    }

    /// <summary>
    /// From the mask's total weight <c>Σ w_k</c>: the realised <c>2·ceil(b + R) − 1</c> samples average
    /// <c>2·Σ w_k + R − 1</c> over a step, and a softplus bends that under the input size instead of clamping it, so the
    /// estimate has a gradient from the start (where every bin is kept) and a budget can pull the cut-off down.
    /// </summary>
    public override Tensor ContinuousSize(Tensor cutoff, Tensor input, int samples, Func<int, int> realised)
    {
        using var frequencies = fft.rfftfreq(samples, 1.0 / samples, dtype: ScalarType.Float64) * (2.0 / samples);
        var kept = 2 * Weights(cutoff, frequencies, samples).sum() + (rampBins - 1);
        var size = samples - nn.functional.softplus(samples - kept);
        return (input * size / samples).clamp_min(realised(0));
    }
}
