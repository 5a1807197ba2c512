using System.ComponentModel.DataAnnotations;
using DNArch.Plugins.Datasets.Common;

namespace DNArch.Plugins.Datasets.Waves;

/// <summary>Options of the embedded <c>waves</c> data set.</summary>
public sealed class WavesOptions : GeneratedDatasetOptions
{
    public WavesOptions()
    {
        TrainCount = 2_000;
        ValidationCount = 500;
        TestCount = 500;
    }

    /// <summary>Samples per sequence.</summary>
    [Range(64, 65_536)]
    public int Length { get; set; } = 256;

    /// <summary>Class c is a slow wave of c + 1 cycles per sequence.</summary>
    [Range(2, 8)]
    public int Classes { get; set; } = 4;

    /// <summary>Standard deviation of the white noise added to every sample.</summary>
    [Range(0.0, 10.0)]
    public double Noise { get; set; } = 0.3;
}
