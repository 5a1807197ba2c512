using DNArch.Abstractions.Budgets;
using DNArch.Abstractions.Plugins;
using static TorchSharp.torch;

namespace DNArch.Plugins.Budgets;

/// <summary>
/// Multiply-accumulates for one example. FFT convolutions are costed by the network's n·log₂n model
/// (see <see cref="LayerCost.Macs"/> as the engine fills it).
/// </summary>
[Plugin(PluginKind.Budget, "flops", "Multiply-accumulates per example of the realised network (FFT layers by n log n)")]
public sealed class FlopsMetric : IComplexityMetric
{
    public string Unit => "MACs";

    public Tensor Measure(IReadOnlyList<LayerCost> layers) => LayerCostSum.Of(layers, l => l.Macs);
}
