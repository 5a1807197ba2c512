namespace DNArch.Abstractions.Resampling;

/// <summary>Where a resampler sits: the spatial size it receives at full resolution.</summary>
public sealed record ResamplerSpec(IReadOnlyList<int> InputSize)
{
    public int Dimensions => InputSize.Count;
}
