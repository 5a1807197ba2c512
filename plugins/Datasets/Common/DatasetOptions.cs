using System.ComponentModel.DataAnnotations;
using DNArch.Abstractions.Configuration;

namespace DNArch.Plugins.Datasets.Common;

/// <summary>Keys every dataset plugin accepts under <c>Search:Dataset</c>.</summary>
public abstract class DatasetOptions : PluginOptions
{
    /// <summary>Caps the number of training examples (validation and test are never capped).</summary>
    [Range(1, int.MaxValue)]
    public int? Limit { get; set; }
}
