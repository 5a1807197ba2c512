using static TorchSharp.torch;

namespace DNArch.Plugins.Resampling;

/// <summary>
/// The low-pass mask of one spatial dimension as a function of its learnable cut-off <c>c</c> (a fraction of Nyquist):
/// its weight per one-sided bin, how many samples the bins it keeps need, and that size as a differentiable estimate.
/// </summary>
abstract class LowPassShape
{
    /// <summary>The learnable cut-off's first value.</summary>
    public abstract float InitialCutoff();

    /// <summary>Samples needed by the bins the mask keeps (before the minimum and fast lengths), at cut-off <paramref name="cutoff"/>.</summary>
    public abstract int KeptSamples(float cutoff, int samples);

    /// <summary>
    /// A size of at least <paramref name="minimum"/> and below <paramref name="samples"/> rounded to a fast FFT length,
    /// in the direction that keeps the output a continuous function of the cut-off.
    /// </summary>
    public abstract int FastLength(int size, int minimum, int samples);

    /// <summary>The mask at the normalised frequencies <paramref name="frequencies"/> (1 = Nyquist) of a <paramref name="samples"/>-sample grid.</summary>
    public abstract Tensor Weights(Tensor cutoff, Tensor frequencies, int samples);

    /// <summary>
    /// The output size as a differentiable float64 scalar for a continuous input size <paramref name="input"/>
    /// (<paramref name="samples"/> rounded); <paramref name="realised"/> maps the kept samples to the realised size.
    /// </summary>
    public abstract Tensor ContinuousSize(Tensor cutoff, Tensor input, int samples, Func<int, int> realised);
}
