using System.ComponentModel.DataAnnotations;
using DNArch.Abstractions.Configuration;

namespace DNArch.Engine.Configuration;

/// <summary><c>Compare</c>: what <c>dnarch compare</c> runs (docs/compare.md). <c>Vary</c> and <c>Launcher</c> are sections of their own.</summary>
public sealed class CompareOptions
{
    public const string Section = ConfigurationKeys.Compare.Section;

    /// <summary>The comparison's folder under <c>Search:Output</c>.</summary>
    [RegularExpression(@"^[A-Za-z0-9._-]+$", ErrorMessage = "use letters, digits, '.', '_' or '-'")]
    public string Name { get; set; } = "compare";

    /// <summary>Seeds each combination runs with, aggregated to n, mean ± sd and a 95% interval (a list, or one comma-separated string).</summary>
    public List<int> Seeds { get; set; } = [];
}
