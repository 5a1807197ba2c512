using DNArch.Plugins.Sdk.Layout;
using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace DNArch.Engine.Network;

/// <summary>
/// A per-position linear map over channels (pointwise 1×1 conv, or a linear layer on <c>[B, C]</c>), allocated at
/// its maximal size; a call uses only the weight slice <c>[outputs, inputs]</c> of the active channels.
/// </summary>
sealed class ChannelMixer : nn.Module
{
    readonly Parameter weight;
    readonly Parameter bias;

    public ChannelMixer(string name, int inputs, int outputs,
        MixerInitialisation initialisation = MixerInitialisation.Ccnn, MixerRole role = MixerRole.Linear) : base(name)
    {
        weight = new Parameter(empty(outputs, inputs));
        bias = new Parameter(zeros(outputs));
        using (no_grad())
        {
            if (initialisation == MixerInitialisation.Torch)
            {
                var bound = 1.0 / Math.Sqrt(inputs);
                nn.init.uniform_(weight, -bound, bound);
                nn.init.uniform_(bias, -bound, bound);
            }
            else if (role == MixerRole.Pointwise)
                nn.init.kaiming_uniform_(weight, nonlinearity: nn.init.NonlinearityType.Linear);
            else
                nn.init.kaiming_normal_(weight);
        }
        register_parameter("weight", weight);
        register_parameter("bias", bias);
    }

    public int Inputs => (int)weight.shape[1];

    public Tensor Weight => weight;

    public Tensor Bias => bias;

    public int Outputs => (int)weight.shape[0];

    /// <summary>
    /// <c>[B, C_in, *spatial]</c> or <c>[B, C_in]</c> to the first <paramref name="outputs"/> channels; with
    /// <paramref name="inputScale"/> <c>[C_in]</c>, of <c>x</c> scaled per input channel. The scale is folded into the
    /// weight's columns (<c>W·(s ⊙ x) = (W·diag s)·x</c>), a <c>[outputs, C_in]</c> product instead of one over all of
    /// <c>x</c>.
    /// </summary>
    public Tensor forward(Tensor x, int outputs, Tensor? inputScale = null)
    {
        ArgumentNullException.ThrowIfNull(x);
        using var slice = weight.narrow(0, 0, outputs).narrow(1, 0, x.shape[1]);
        using var w = inputScale is null ? slice.alias() : slice * inputScale.unsqueeze(0);
        using var b = bias.narrow(0, 0, outputs);
        if (x.dim() == 2) return nn.functional.linear(x, w, b);
        // Channels-last images go through oneDNN's 1×1 convolution, which reads and writes them in place.
        if (ChannelsLast.Is(x))
        {
            using var filters = w.view(outputs, w.shape[1], 1, 1);
            return nn.functional.conv2d(x, filters, b);
        }
        using var flat = x.flatten(2);
        // One weight for the whole batch as a stride-0 view: bmm reads x in place, where matmul of a 2-D weight with a
        // 3-D stream makes a transposed copy of all of x (docs/benchmarks.md, "The channel mixers and norms").
        using var batched = w.expand(flat.shape[0], -1, -1);
        using var mixed = bmm(batched, flat);
        using var shifted = mixed + b.unsqueeze(-1);
        var shape = x.shape.ToArray();
        shape[1] = outputs;
        return shifted.view(shape);
    }
}
