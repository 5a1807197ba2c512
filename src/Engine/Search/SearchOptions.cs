using System.ComponentModel.DataAnnotations;
using DNArch.Abstractions.Configuration;

namespace DNArch.Engine.Search;

/// <summary>
/// The parts of the <c>Search</c> section the search loop owns. <c>Dataset</c>, <c>Kernel</c>, <c>Masks</c>,
/// <c>Resampling</c> and <c>Network</c> belong to the plugins and the network, which bind and validate them.
/// </summary>
public sealed class SearchOptions
{
    public const string Section = ConfigurationKeys.Search.Section;

    /// <summary>Run name: the run directory is <c>Output/Name</c>.</summary>
    [Required, RegularExpression(@"^[A-Za-z0-9._-]+$", ErrorMessage = "use letters, digits, '.', '_' or '-'")]
    public string Name { get; set; } = "default";

    /// <summary>Folder the run directory is made in (relative to the working directory).</summary>
    [Required]
    public string Output { get; set; } = "runs";

    /// <summary>Seed of the weights, the data order and generated data sets: the same seed on CPU gives the same run.</summary>
    [Range(0, int.MaxValue)]
    public int Seed { get; set; }

    /// <summary><c>cpu</c> or <c>cuda</c> (<c>cuda:N</c> for a given GPU).</summary>
    [Required]
    public string Device { get; set; } = "cpu";

    /// <summary>
    /// Memory a search may use (e.g. <c>16GB</c>; binary units), against which the supernet's estimated training peak is
    /// checked before it is built; unset, the memory available on this machine; <c>none</c> skips the check.
    /// </summary>
    public string? MemoryLimit { get; set; }

    public TrainingOptions Training { get; set; } = new();

    public BudgetOptions Budget { get; set; } = new();
}
