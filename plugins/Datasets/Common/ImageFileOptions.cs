namespace DNArch.Plugins.Datasets.Common;

/// <summary>Options of image data read from files.</summary>
public abstract class ImageFileOptions : FileDatasetOptions
{
    /// <summary>2-D images, pixels in raster order as a sequence, or in a seeded permuted order.</summary>
    public ImageLayout Layout { get; set; } = ImageLayout.Image;

    /// <summary>Seed of the <see cref="ImageLayout.Permuted"/> order; unset means <c>Search:Seed</c>.</summary>
    public int? PermutationSeed { get; set; }
}
