using DNArch.Abstractions.Budgets;
using DNArch.Abstractions.Configuration;
using DNArch.Abstractions.Plugins;
using DNArch.Engine.Network;
using static TorchSharp.torch;

namespace DNArch.Engine.Search;

/// <summary>
/// The complexity loss (docs/method.md, "Complexity and budgets"): <c>λ · max(0, C/C_target − 1)</c> (optionally squared), where C is the
/// metric's differentiable estimate and C_target is absolute or a fraction of the supernet's exact cost.
/// </summary>
public sealed class ComplexityBudget
{
    readonly IComplexityMetric metric;
    readonly BudgetOptions options;

    ComplexityBudget(IComplexityMetric metric, string name, BudgetOptions options, double target)
    {
        this.metric = metric;
        this.options = options;
        MetricName = name;
        Target = target;
    }

    public string MetricName { get; }

    /// <summary>The absolute target cost.</summary>
    public double Target { get; }

    /// <summary>The configured budget, or null when <c>Search:Budget:Metric</c> is not set.</summary>
    public static ComplexityBudget? Create(BudgetOptions options, PluginResolver plugins, Supernet network)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(plugins);
        ArgumentNullException.ThrowIfNull(network);
        if (string.IsNullOrWhiteSpace(options.Metric)) return null;
        var metric = plugins.Resolve<IComplexityMetric>(PluginKind.Budget, options.Metric, ConfigurationKeys.Search.BudgetMetric);
        var supernet = Exact(metric, network, CostMode.Supernet);
        var target = options.Target <= 1 ? options.Target * supernet : options.Target;
        if (target <= 0 || double.IsNaN(target))
            throw InvalidInputException.ForKey(ConfigurationKeys.Search.BudgetTarget, $"gives a target of {target}", "Give a positive cost, or a fraction in (0, 1] of the supernet's.");
        return new ComplexityBudget(metric, options.Metric, options, target);
    }

    /// <summary>The metric's exact count of <paramref name="network"/> in <paramref name="mode"/>.</summary>
    public double Exact(Supernet network, CostMode mode = CostMode.Realised) => Exact(metric, network, mode);

    /// <summary>The weighted hinge (or two-sided distance) on the differentiable estimate.</summary>
    public Tensor Loss(Supernet network)
    {
        ArgumentNullException.ThrowIfNull(network);
        var estimate = metric.Measure(network.Costs(CostMode.Estimate));
        var excess = options.TwoSided ? (estimate / Target - 1).abs() : nn.functional.relu(estimate / Target - 1);
        return (options.Weight * (options.Squared ? excess.square() : excess)).to_type(ScalarType.Float32);
    }

    static double Exact(IComplexityMetric metric, Supernet network, CostMode mode)
    {
        using var _ = no_grad();
        using var value = metric.Measure(network.Costs(mode)).to_type(ScalarType.Float64);
        return value.item<double>();
    }
}
