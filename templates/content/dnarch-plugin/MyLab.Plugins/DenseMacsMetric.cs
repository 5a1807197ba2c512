using DNArch.Abstractions.Budgets;
using DNArch.Abstractions.Plugins;
using static TorchSharp.torch;

namespace MyLab.Plugins;

/// <summary>
/// Multiply-accumulates per example of the channel-mixing layers only (pointwise convs and linear layers), as a budget:
/// <c>--Search:Budget:Metric=dense-macs</c>. The same sum gives the estimate (continuous sizes) and the exact count.
/// </summary>
[Plugin(PluginKind.Budget, "dense-macs", "MACs per example of the channel-mixing layers only (dnarch-plugin template example)")]
public sealed class DenseMacsMetric : IComplexityMetric
{
    public string Unit => "MACs";

    public Tensor Measure(IReadOnlyList<LayerCost> layers)
    {
        ArgumentNullException.ThrowIfNull(layers);
        var total = zeros([], dtype: float64);
        foreach (var layer in layers.Where(l => l.Op == LayerOp.Dense)) total = total + layer.Macs;
        return total;
    }
}
