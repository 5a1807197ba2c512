using System.ComponentModel.DataAnnotations;

namespace DNArch.Plugins.Datasets.Common;

/// <summary>Options of a generated data set: how many examples of each split, and from which seed.</summary>
public abstract class GeneratedDatasetOptions : DatasetOptions
{
    /// <summary>Seed of the generator; unset means <c>Search:Seed</c>.</summary>
    public int? DataSeed { get; set; }

    /// <summary>Training examples generated.</summary>
    [Range(1, 10_000_000)]
    public int TrainCount { get; set; }

    /// <summary>Validation examples generated.</summary>
    [Range(1, 10_000_000)]
    public int ValidationCount { get; set; }

    /// <summary>Test examples generated.</summary>
    [Range(1, 10_000_000)]
    public int TestCount { get; set; }

    public int TotalCount => TrainCount + ValidationCount + TestCount;

    public int SeedOr(int searchSeed) => DataSeed ?? searchSeed;
}
