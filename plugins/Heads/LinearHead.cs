using DNArch.Abstractions.Budgets;
using DNArch.Abstractions.Heads;
using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace DNArch.Plugins.Heads;

/// <summary>
/// CCNN's head after the trunk's readout: a linear layer from the features to the outputs, over the pooled features
/// of a classification network or at every position of a dense one. Reads only the weight columns of the present
/// features.
/// </summary>
sealed class LinearHead : Head, IAffineHead
{
    readonly Parameter weight;
    readonly Parameter bias;

    public LinearHead(HeadSpec spec) : base(nameof(LinearHead), spec)
    {
        var (w, b) = HeadLayers.Kaiming(spec.Features, spec.Outputs);
        weight = new Parameter(w);
        bias = new Parameter(b);
        register_parameter("weight", weight);
        register_parameter("bias", bias);
    }

    public Tensor Weight => weight;

    public Tensor Bias => bias;

    public override Tensor forward(Tensor features)
    {
        ArgumentNullException.ThrowIfNull(features);
        using var w = weight.narrow(1, 0, features.shape[1]);
        if (features.dim() == 2) return nn.functional.linear(features, w, bias);
        // One weight for the whole batch as a stride-0 view: bmm reads the features in place, as the engine's mixers do.
        using var flat = features.flatten(2);
        using var batched = w.expand(flat.shape[0], -1, -1);
        using var mixed = bmm(batched, flat);
        using var shifted = mixed + bias.unsqueeze(-1);
        return shifted.view([features.shape[0], Spec.Outputs, .. features.shape.Skip(2)]);
    }

    public override IReadOnlyList<LayerCost> Costs(Tensor features, Tensor positions) =>
        [HeadLayers.Dense("head.linear", features, Spec.Outputs, positions)];
}
