namespace DNArch.Engine.Network;

/// <summary>The statistics the network's channel norms use (<c>Search:Network:Norm</c>).</summary>
public enum NormKind
{
    /// <summary>Over the channels of each position and example.</summary>
    Layer,

    /// <summary>Per channel over the batch and positions; running averages in evaluation.</summary>
    Batch,
}
