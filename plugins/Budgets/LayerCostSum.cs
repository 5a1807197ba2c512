using DNArch.Abstractions.Budgets;
using static TorchSharp.torch;

namespace DNArch.Plugins.Budgets;

/// <summary>The sum of one per-layer figure over a network's layers.</summary>
static class LayerCostSum
{
    public static Tensor Of(IReadOnlyList<LayerCost> layers, Func<LayerCost, Tensor> figure)
    {
        ArgumentNullException.ThrowIfNull(layers);
        if (layers.Count == 0) return zeros(1).squeeze();
        var total = figure(layers[0]);
        for (var i = 1; i < layers.Count; i++) total = total + figure(layers[i]);
        return total;
    }
}
