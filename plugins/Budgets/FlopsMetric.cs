using DNArch.Abstractions.Budgets;
using DNArch.Abstractions.Plugins;
using static TorchSharp.torch;

namespace DNArch.Plugins.Budgets;

/// <summary>
/// Multiply-accumulates for one example. FFT convolutions are costed by the network's n·log₂n model
/// (see <see cref="LayerCost.Macs"/> as the engine fills it). Kernel generation, once per forward pass, is not a
/// per-example cost and is left out (<see cref="LayerCost.PerExample"/>).
/// </summary>
[Plugin(PluginKind.Budget, "flops", "Multiply-accumulates per example of the realised network (FFT layers by n log n)")]
public sealed class FlopsMetric : IComplexityMetric
{
    public string Unit => "MACs";

    public Tensor Measure(IReadOnlyList<LayerCost> layers)
    {
        ArgumentNullException.ThrowIfNull(layers);
        return LayerCostSum.Of(layers.Where(l => l.PerExample).ToList(), l => l.Macs);
    }
}
