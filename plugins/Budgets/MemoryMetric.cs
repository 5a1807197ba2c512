using DNArch.Abstractions.Budgets;
using DNArch.Abstractions.Plugins;
using static TorchSharp.torch;

namespace DNArch.Plugins.Budgets;

[Plugin(PluginKind.Budget, "memory", "Activation elements per example of the realised network")]
public sealed class MemoryMetric : IComplexityMetric
{
    public string Unit => "elements";

    public Tensor Measure(IReadOnlyList<LayerCost> layers) => LayerCostSum.Of(layers, l => l.Activations);
}
