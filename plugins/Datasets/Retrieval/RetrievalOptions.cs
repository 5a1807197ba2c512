using System.ComponentModel.DataAnnotations;
using DNArch.Plugins.Datasets.Common;

namespace DNArch.Plugins.Datasets.Retrieval;

/// <summary>
/// Options of the <c>retrieval</c> data set (LRA Retrieval). <see cref="Path"/> is the folder of LRA's
/// <c>new_aan_pairs.train.tsv</c>, <c>new_aan_pairs.eval.tsv</c> and <c>new_aan_pairs.test.tsv</c>.
/// </summary>
public sealed class RetrievalOptions : DatasetOptions
{
    /// <summary>Folder holding new_aan_pairs.{train,eval,test}.tsv.</summary>
    public string? Path { get; set; }

    /// <summary>Bytes kept of each of the two texts: longer ones are cut, shorter ones padded with byte 0.</summary>
    [Range(1, 1 << 16)]
    public int Length { get; set; } = 4000;
}
