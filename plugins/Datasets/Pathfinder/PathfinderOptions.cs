using System.ComponentModel.DataAnnotations;
using DNArch.Plugins.Datasets.Common;

namespace DNArch.Plugins.Datasets.Pathfinder;

/// <summary>
/// Options of the <c>pathfinder</c> data set. The defaults are LRA's Pathfinder-32 (hard, 1,024-step sequences,
/// 160,000 / 20,000 / 20,000 images); Path-X is <c>Resolution=128</c>.
/// </summary>
public sealed class PathfinderOptions : CachedDatasetOptions
{
    public PathfinderOptions()
    {
        TrainCount = 160_000;
        ValidationCount = 20_000;
        TestCount = 20_000;
    }

    /// <summary>Side of the square images: 32, 64 and 128 are LRA's; dash sizes scale with it.</summary>
    [Range(32, 256)]
    public int Resolution { get; set; } = 32;

    /// <summary>How many dashes make a path: Easy 6, Intermediate 9, Hard 14 (LRA's).</summary>
    public PathfinderDifficulty Difficulty { get; set; } = PathfinderDifficulty.Hard;

    /// <summary>2-D images, or pixels in raster order as a (non-causal) sequence as LRA feeds them.</summary>
    public ImageLayout Layout { get; set; } = ImageLayout.Sequence;

    /// <summary>Seed of the <see cref="ImageLayout.Permuted"/> order; unset means <c>Search:Seed</c>.</summary>
    public int? PermutationSeed { get; set; }
}
