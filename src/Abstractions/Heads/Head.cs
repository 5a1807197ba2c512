using DNArch.Abstractions.Budgets;
using TorchSharp;
using static TorchSharp.torch;

namespace DNArch.Abstractions.Heads;

/// <summary>
/// The network's last layers: <c>forward(features)</c> maps what the trunk read out of every encoding to the outputs.
/// Features are <c>[E·B, n]</c> for classification and <c>[E·B, n, *spatial]</c> for dense prediction, with E the
/// plugin's <see cref="IHeadPlugin.Encodings"/> and encoding e of example b at row <c>e·B + b</c>; the result is
/// <c>[B, Outputs]</c> or <c>[B, Outputs, *spatial]</c>. n is at most <see cref="HeadSpec.Features"/>: the trunk's
/// width is learned and only the first n features are present, so read only the weights of those. Every parameter
/// of a head is a weight, none an architecture parameter.
/// </summary>
public abstract class Head(string name, HeadSpec spec) : nn.Module<Tensor, Tensor>(name)
{
    /// <summary>What the head was built for: the task, the trunk's most features and the outputs.</summary>
    public HeadSpec Spec { get; } = spec;

    /// <summary>
    /// The head's layers for one example, <paramref name="features"/> per encoding at <paramref name="positions"/>
    /// positions (1 for classification). Both are float64 scalars, continuous in a budget's estimate: keep the costs
    /// differentiable in them. Name the layers <c>head.*</c>, block -1.
    /// </summary>
    public abstract IReadOnlyList<LayerCost> Costs(Tensor features, Tensor positions);
}
