namespace DNArch.Plugins.Datasets.Common;

/// <summary>How an image data set is presented to the network.</summary>
public enum ImageLayout
{
    /// <summary>2-D, <c>[C, H, W]</c>.</summary>
    Image,

    /// <summary>Pixels in raster order as a causal sequence <c>[C, H·W]</c> (sMNIST, sCIFAR).</summary>
    Sequence,

    /// <summary>As <see cref="Sequence"/> with one fixed seeded permutation of the positions (pMNIST).</summary>
    Permuted,
}
