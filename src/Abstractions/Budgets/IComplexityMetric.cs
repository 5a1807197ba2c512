namespace DNArch.Abstractions.Budgets;

using static TorchSharp.torch;

/// <summary>
/// A measure of a network's cost (parameters, FLOPs, memory, ...). Export it with <c>[Plugin(PluginKind.Budget, "name", "...")]</c>.
/// The same <see cref="Measure"/> gives the differentiable estimate (layers sized by the masks' continuous sizes)
/// and the exact count (layers of the realised, cropped network, as constants).
/// </summary>
public interface IComplexityMetric
{
    /// <summary>The unit the measure is in, for tables ("params", "MACs", "elements").</summary>
    string Unit { get; }

    /// <summary>The cost of a network made of <paramref name="layers"/>, as a scalar tensor.</summary>
    Tensor Measure(IReadOnlyList<LayerCost> layers);
}
