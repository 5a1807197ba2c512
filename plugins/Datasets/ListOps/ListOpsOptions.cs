using System.ComponentModel.DataAnnotations;
using DNArch.Abstractions.Configuration;
using DNArch.Plugins.Datasets.Common;

namespace DNArch.Plugins.Datasets.ListOps;

/// <summary>Options of the <c>listops</c> data set; the defaults are those of LRA's generator.</summary>
public sealed class ListOpsOptions : CachedDatasetOptions
{
    public ListOpsOptions()
    {
        TrainCount = 96_000;
        ValidationCount = 2_000;
        TestCount = 2_000;
    }

    /// <summary>Expressions have strictly more tokens than this.</summary>
    [Range(1, 65_534)]
    public int MinLength { get; set; } = 500;

    /// <summary>Expressions have strictly fewer tokens than this; it is also the padded sequence length.</summary>
    [Range(2, 65_535)]
    public int MaxLength { get; set; } = 2_000;

    /// <summary>Deepest nesting of an expression.</summary>
    [Range(1, 64)]
    public int MaxDepth { get; set; } = 10;

    /// <summary>Most arguments of one operator.</summary>
    [Range(2, 64)]
    public int MaxArgs { get; set; } = 10;

    protected override void Validate(string sectionPath)
    {
        if (MinLength + 1 >= MaxLength)
            throw InvalidInputException.ForKey($"{sectionPath}:MinLength", $"{MinLength} leaves no length below MaxLength {MaxLength}", "MinLength must be at most MaxLength - 2");
    }

    /// <summary>
    /// Kernels see only the past (CCNN runs every sequence task causally); false centres them on each position.
    /// </summary>
    public bool Causal { get; set; } = true;
}
