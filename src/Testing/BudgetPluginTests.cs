using DNArch.Abstractions.Budgets;
using DNArch.Abstractions.Plugins;
using DNArch.Plugins.Sdk.Conformance;
using Xunit;

namespace DNArch.Plugins.Testing;

/// <summary>The conformance tests of a complexity metric: <c>public class MyMetricTests : BudgetPluginTests&lt;MyMetric&gt;;</c>.</summary>
public abstract class BudgetPluginTests<TPlugin>() : PluginTests<TPlugin>(PluginKind.Budget) where TPlugin : class, IComplexityMetric, new()
{
    BudgetConformance Conformance => new(new TPlugin());

    /// <inheritdoc cref="BudgetConformance.ShapeContract"/>
    [Fact]
    public void Shape_contract() => Conformance.ShapeContract();

    /// <inheritdoc cref="BudgetConformance.GradientsReachTheLayerSizes"/>
    [Fact]
    public void Gradients_reach_the_layer_sizes() => Conformance.GradientsReachTheLayerSizes();

    /// <inheritdoc cref="BudgetConformance.CroppingNeverCostsMore"/>
    [Fact]
    public void Cropping_never_costs_more() => Conformance.CroppingNeverCostsMore();
}
