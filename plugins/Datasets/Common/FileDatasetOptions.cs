using System.ComponentModel.DataAnnotations;

namespace DNArch.Plugins.Datasets.Common;

/// <summary>Options of a data set read from files: where they are and how much of the training files validates.</summary>
public abstract class FileDatasetOptions : DatasetOptions
{
    /// <summary>Folder holding the data files.</summary>
    public string? Path { get; set; }

    /// <summary>Fraction of the training files held out (seeded) as the validation split.</summary>
    /// <remarks>5% picks the best epoch as well on files of tens of thousands of samples, and leaves the rest to train.</remarks>
    [Range(0.0, 0.9)]
    public double ValidationFraction { get; set; } = 0.05;
}
