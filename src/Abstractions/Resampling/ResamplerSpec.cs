namespace DNArch.Abstractions.Resampling;

/// <summary>Where a resampler sits: the spatial size it receives at full resolution.</summary>
/// <param name="FixedOutputSize">
/// Set for a fixed (retrained) network: the resampler is not learnable and always returns this size.
/// </param>
public sealed record ResamplerSpec(IReadOnlyList<int> InputSize, IReadOnlyList<int>? FixedOutputSize = null)
{
    /// <summary>The number of spatial dimensions, one size each.</summary>
    public int Dimensions => InputSize.Count;
}
