using DNArch.Plugins.Sdk.Fourier;
using DNArch.Plugins.Sdk.Masks;
using static TorchSharp.torch;

namespace DNArch.Plugins.Resampling;

/// <summary>
/// <c>m(f) = sigmoid(τ·(c − f))</c>, cropped to the bins with <c>m ≥ T</c>: those up to the threshold radius
/// <c>r = c + ln((1−T)/T)/τ</c>, <c>floor(r·n)</c> samples.
/// </summary>
sealed class SigmoidLowPass : LowPassShape
{
    // Float slack when turning a radius into a size, so a radius of exactly 1 keeps every sample.
    const double SizeTolerance = 1e-3;
    readonly double temperature;
    readonly float thresholdOffset;
    readonly double initialRadius;

    public SigmoidLowPass(double temperature, double threshold, double initialRadius)
    {
        this.temperature = temperature;
        thresholdOffset = (float)(SigmoidThreshold.Margin(threshold) / temperature);
        this.initialRadius = initialRadius;
    }

    /// <summary>
    /// The configured radius less the offset; never above it in float arithmetic, or at Nyquist it would start outside
    /// the range where the estimate is differentiable and a budget could not pull it down.
    /// </summary>
    public override float InitialCutoff()
    {
        var cutoff = (float)initialRadius - thresholdOffset;
        while (cutoff + thresholdOffset > initialRadius) cutoff = MathF.BitDecrement(cutoff);
        return cutoff;
    }

    public override int KeptSamples(float cutoff, int samples) =>
        (int)Math.Floor((cutoff + thresholdOffset) * samples + SizeTolerance);

    /// <summary>Down: the sizes with <c>m ≥ T</c> lose their highest bins.</summary>
    public override int FastLength(int size, int minimum, int samples) =>
        Math.Max((int)FftLengths.AtMost(size), Math.Min(minimum, size));

    public override Tensor Weights(Tensor cutoff, Tensor frequencies, int samples) =>
        sigmoid(temperature * (cutoff - frequencies));

    /// <summary>The realised size averaged over its steps (<see cref="AveragedSize"/>), scaled to the continuous input.</summary>
    public override Tensor ContinuousSize(Tensor cutoff, Tensor input, int samples, Func<int, int> realised) =>
        input * AveragedSize.Of((cutoff + thresholdOffset) * samples, samples, realised) / samples;
}
