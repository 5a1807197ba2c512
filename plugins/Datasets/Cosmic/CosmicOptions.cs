using System.ComponentModel.DataAnnotations;
using DNArch.Plugins.Datasets.Common;

namespace DNArch.Plugins.Datasets.Cosmic;

/// <summary>
/// Options of the <c>cosmic</c> data set: generated sky images (the default), or, with <see cref="Path"/> set,
/// deepCR's paired arrays read from that folder.
/// </summary>
public sealed class CosmicOptions : CachedDatasetOptions
{
    public CosmicOptions()
    {
        TrainCount = 4_000;
        ValidationCount = 500;
        TestCount = 500;
    }

    /// <summary>Side of the square images (NAS-Bench-360 uses 128×128 patches).</summary>
    [Range(16, 1024)]
    public int Resolution { get; set; } = 128;

    /// <summary>Mean number of stars per image.</summary>
    [Range(0, 10_000)]
    public int Stars { get; set; } = 20;

    /// <summary>Mean number of cosmic-ray hits per image (at least one is always drawn).</summary>
    [Range(1, 10_000)]
    public int Hits { get; set; } = 8;

    /// <summary>A folder with deepCR's <c>image.npy</c> and <c>mask.npy</c>, (N, W, W) each; unset generates.</summary>
    public string? Path { get; set; }

    /// <summary>With <see cref="Path"/>: fractions of the images held out (seeded) for validation and for test.</summary>
    [Range(0.0, 0.45)]
    public double ValidationFraction { get; set; } = 0.1;

    /// <summary>With Path: fraction of the images held out (seeded) for test.</summary>
    [Range(0.0, 0.45)]
    public double TestFraction { get; set; } = 0.1;
}
