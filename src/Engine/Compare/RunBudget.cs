using System.Globalization;
using DNArch.Abstractions.Architecture;
using Microsoft.Extensions.Configuration;

namespace DNArch.Engine.Compare;

/// <summary>
/// The complexity budget a run searched under (<c>Search:Budget</c> of its <c>config.json</c>), as an absolute
/// target, and whether its realised network met it. The exact cost is known for the <c>flops</c> and
/// <c>params</c> metrics (the architecture's own counts); for another metric <see cref="Met"/> is unknown.
/// </summary>
public sealed record RunBudget(string Metric, double? Target, double? Cost)
{
    /// <summary>Null when target or cost is unknown.</summary>
    public bool? Met => Target is { } target && Cost is { } cost ? cost <= target : null;

    /// <summary>The budget of <paramref name="search"/> (a run's <c>Search</c> section); null when it has none.</summary>
    public static RunBudget? Of(IConfiguration search, ArchitectureRecord record)
    {
        ArgumentNullException.ThrowIfNull(search);
        ArgumentNullException.ThrowIfNull(record);
        var metric = search["Budget:Metric"];
        if (string.IsNullOrWhiteSpace(metric)) return null;
        var target = double.TryParse(search["Budget:Target"], NumberStyles.Float, CultureInfo.InvariantCulture, out var t) ? t : new Search.BudgetOptions().Target;
        var (cost, supernet) = metric.ToLowerInvariant() switch
        {
            "flops" => ((double?)record.Macs, (double?)record.MaxMacs),
            "params" => (record.Params, record.MaxParams),
            _ => (null, null),
        };
        // A target of at most 1 is a fraction of the supernet's cost, as ComplexityBudget reads it.
        return new RunBudget(metric, target <= 1 ? target * supernet : target, cost);
    }
}
