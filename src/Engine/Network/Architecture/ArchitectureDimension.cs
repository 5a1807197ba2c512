namespace DNArch.Engine.Network;

/// <summary>The learnable dimensions of a supernet, each owning a share of its architecture parameters.</summary>
public enum ArchitectureDimension
{
    /// <summary>The kernel-size masks of the stem's and the blocks' convs.</summary>
    KernelSize,
    /// <summary>The width masks of the stem and the blocks.</summary>
    Width,
    /// <summary>The depth mask over the blocks.</summary>
    Depth,
    /// <summary>The resamplers' cut-offs.</summary>
    Resolution,
}
