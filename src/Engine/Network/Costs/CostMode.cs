namespace DNArch.Engine.Network;

/// <summary>Which sizes <see cref="Supernet.Costs"/> prices a network at.</summary>
public enum CostMode
{
    /// <summary>Continuous sizes from the masks, differentiable (for the complexity loss).</summary>
    Estimate,
    /// <summary>Exact sizes of the realised (cropped) network, as constants.</summary>
    Realised,
    /// <summary>The full network every mask is cropped from, as constants.</summary>
    Supernet,
}
