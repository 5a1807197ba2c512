using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace DNArch.Plugins.Sdk.Kernels;

/// <summary>
/// The last layer of a kernel generator, <c>Linear(in → out)</c>, that can evaluate only its first output channels:
/// this is how a conv whose width shrinks also stops paying for the kernel values of the channels it dropped.
/// </summary>
public sealed class SlicedOutputLayer : nn.Module<Tensor, Tensor>
{
    /// <summary>A layer from <paramref name="inputs"/> features to <paramref name="outputs"/> channels, its initial weights scaled by <paramref name="scale"/>.</summary>
    public SlicedOutputLayer(int inputs, int outputs, double scale) : base(nameof(SlicedOutputLayer))
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(inputs, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(outputs, 1);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(scale);
        Weight = new Parameter(empty(outputs, inputs));
        Bias = new Parameter(zeros(outputs));
        using (no_grad())
        {
            // Kaiming-uniform with linear gain: unit-variance outputs for unit second-moment inputs, then scaled so
            // that the conv's initial output has unit variance too.
            nn.init.kaiming_uniform_(Weight, nonlinearity: nn.init.NonlinearityType.Linear);
            Weight.mul_(scale);
        }
        register_parameter("weight", Weight);
        register_parameter("bias", Bias);
    }

    /// <summary><c>[outputs, inputs]</c>.</summary>
    public Parameter Weight { get; }

    /// <summary><c>[outputs]</c>, zero at first.</summary>
    public Parameter Bias { get; }

    /// <summary>The most channels the layer gives.</summary>
    public int Outputs => (int)Weight.shape[0];

    /// <summary>The features per position the layer reads.</summary>
    public int Inputs => (int)Weight.shape[1];

    /// <summary>Every output channel.</summary>
    public override Tensor forward(Tensor input) => forward(input, Outputs);

    /// <summary>The first <paramref name="channels"/> outputs, computed with the matching rows of the weight only.</summary>
    public Tensor forward(Tensor input, int channels)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentOutOfRangeException.ThrowIfLessThan(channels, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(channels, Outputs);
        if (channels == Outputs) return nn.functional.linear(input, Weight, Bias);
        using var weight = Weight.narrow(0, 0, channels);
        using var bias = Bias.narrow(0, 0, channels);
        return nn.functional.linear(input, weight, bias);
    }
}
