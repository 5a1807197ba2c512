using DNArch.Abstractions.Budgets;
using DNArch.Abstractions.Plugins;
using static TorchSharp.torch;

namespace DNArch.Plugins.Budgets;

[Plugin(PluginKind.Budget, "params", "Learnable parameters of the realised network")]
public sealed class ParamsMetric : IComplexityMetric
{
    public string Unit => "params";

    public Tensor Measure(IReadOnlyList<LayerCost> layers) => LayerCostSum.Of(layers, l => l.Params);
}
