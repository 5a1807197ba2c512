using DNArch.Abstractions.Budgets;
using DNArch.Abstractions.Heads;
using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace DNArch.Plugins.Heads;

/// <summary>
/// LRA Retrieval's classifier over two encodings a and b of one example (Tay et al., after Conneau et al.'s
/// InferSent): <c>[a, b, a·b, a − b]</c> → dense → ReLU → dense. The hidden layer's weight keeps four blocks of
/// <see cref="HeadSpec.Features"/> columns, one per part, so a smaller learned width reads the same leading columns
/// of each.
/// </summary>
sealed class DualEncoderHead : Head
{
    readonly Parameter hidden;
    readonly Parameter hiddenBias;
    readonly Parameter output;
    readonly Parameter outputBias;

    public DualEncoderHead(HeadSpec spec, int units) : base(nameof(DualEncoderHead), spec)
    {
        var (w1, b1) = HeadLayers.Kaiming(4 * spec.Features, units);
        var (w2, b2) = HeadLayers.Kaiming(units, spec.Outputs);
        (hidden, hiddenBias, output, outputBias) = (new Parameter(w1), new Parameter(b1), new Parameter(w2), new Parameter(b2));
        register_parameter("hidden_weight", hidden);
        register_parameter("hidden_bias", hiddenBias);
        register_parameter("output_weight", output);
        register_parameter("output_bias", outputBias);
    }

    int Units => (int)hidden.shape[0];

    public override Tensor forward(Tensor features)
    {
        ArgumentNullException.ThrowIfNull(features);
        using var scope = NewDisposeScope();
        var pairs = features.shape[0] / 2;
        var present = features.shape[1];
        var a = features.narrow(0, 0, pairs);
        var b = features.narrow(0, pairs, pairs);
        var combined = cat([a, b, a * b, a - b], 1);
        var w = hidden.view(Units, 4, Spec.Features).narrow(2, 0, present).reshape(Units, 4 * present);
        var h = nn.functional.relu(nn.functional.linear(combined, w, hiddenBias));
        return nn.functional.linear(h, output, outputBias).MoveToOuterDisposeScope();
    }

    public override IReadOnlyList<LayerCost> Costs(Tensor features, Tensor positions)
    {
        ArgumentNullException.ThrowIfNull(features);
        return
        [
            HeadLayers.Dense("head.hidden", 4 * features, Units, positions),
            HeadLayers.Dense("head.output", tensor((double)Units), Spec.Outputs, positions),
        ];
    }
}
