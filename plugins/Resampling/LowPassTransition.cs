namespace DNArch.Plugins.Resampling;

/// <summary>How the <c>fourier</c> resampler's low-pass mask falls from the kept band to the dropped bins.</summary>
public enum LowPassTransition
{
    /// <summary>
    /// DiffStride's: the bins up to the cut-off at full weight, then a linear ramp <see
    /// cref="FourierResamplerOptions.TransitionBins"/> bins wide down to zero; the spectrum is cropped where the ramp
    /// ends, so a dropped bin always had weight zero and the output changes continuously with the cut-off.
    /// </summary>
    Ramp,

    /// <summary>
    /// <c>sigmoid(τ·(c − f))</c> over normalised frequency, cropped where it falls below the threshold: the transition is
    /// a fixed fraction of Nyquist, so it spans many bins on long inputs and lies inside the kept band.
    /// </summary>
    Sigmoid,
}
