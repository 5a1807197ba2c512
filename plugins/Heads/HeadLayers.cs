using DNArch.Abstractions.Budgets;
using static TorchSharp.torch;

namespace DNArch.Plugins.Heads;

/// <summary>The heads' layers as budgets see them, priced as the engine prices its own dense layers.</summary>
static class HeadLayers
{
    /// <summary>A dense layer of <paramref name="inputs"/> → <paramref name="outputs"/> at <paramref name="positions"/>: params <c>i·o + o</c>, MACs <c>n·i·o</c>.</summary>
    public static LayerCost Dense(string name, Tensor inputs, int outputs, Tensor positions) =>
        new(name, -1, LayerOp.Dense, inputs * outputs + outputs, positions * inputs * outputs, positions * outputs);

    /// <summary>A weight <c>[outputs, inputs]</c> with Kaiming-normal values (ReLU gain, CCNN's head) and a zero bias.</summary>
    public static (Tensor Weight, Tensor Bias) Kaiming(int inputs, int outputs)
    {
        var weight = empty(outputs, inputs);
        using (no_grad()) nn.init.kaiming_normal_(weight);
        return (weight, zeros(outputs));
    }
}
