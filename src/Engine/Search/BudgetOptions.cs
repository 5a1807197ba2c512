using System.ComponentModel.DataAnnotations;

namespace DNArch.Engine.Search;

/// <summary><c>Search:Budget</c>: an optional complexity budget (docs/method.md, "Complexity and budgets"). No <see cref="Metric"/>, no budget.</summary>
public sealed class BudgetOptions
{
    /// <summary>Name of a budget (complexity metric) plugin: params, flops, memory, ...</summary>
    public string? Metric { get; set; }

    /// <summary>Target cost: absolute, or a fraction of the supernet's cost when at most 1.</summary>
    [Range(1e-9, double.MaxValue, ErrorMessage = "must be positive: a fraction of the supernet (≤ 1) or an absolute cost")]
    public double Target { get; set; } = 0.5;

    /// <summary>λ, the weight of the complexity loss.</summary>
    [Range(0.0, 1e6)]
    public double Weight { get; set; } = 1.0;

    /// <summary>Squared hinge instead of the plain hinge.</summary>
    public bool Squared { get; set; }

    /// <summary>
    /// Also penalise a cost below the target (<c>|C/C_target − 1|</c>), so a search that overshot downwards grows back
    /// to its budget instead of keeping capacity it may use unused.
    /// </summary>
    public bool TwoSided { get; set; }
}
