using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace DNArch.Engine.Network;

/// <summary>
/// LayerNorm over the channels of each position, with a per-channel scale and shift. Its statistics are taken over
/// the active channels only, so slicing it to them is exact: a cropped network normalises exactly the channels it
/// has, and the full (uncropped) network the same ones, leaving the inactive channels at zero.
/// </summary>
sealed class ChannelNorm : nn.Module
{
    const double Epsilon = 1e-5;
    readonly Parameter scale;
    readonly Parameter shift;

    public ChannelNorm(string name, int channels) : base(name)
    {
        scale = new Parameter(ones(channels));
        shift = new Parameter(zeros(channels));
        register_parameter("weight", scale);
        register_parameter("bias", shift);
    }

    /// <summary>Normalises the first <paramref name="active"/> channels of <paramref name="x"/>; any others become 0.</summary>
    public Tensor forward(Tensor x, int active)
    {
        ArgumentNullException.ThrowIfNull(x);
        using var scope = NewDisposeScope();
        var kept = x.narrow(1, 0, active);
        var (variance, mean) = var_mean(kept, [1L], unbiased: false, keepdim: true);
        var normalised = (kept - mean) * (variance + Epsilon).rsqrt();
        var y = normalised * Channels.Broadcastable(scale.narrow(0, 0, active), x.dim())
            + Channels.Broadcastable(shift.narrow(0, 0, active), x.dim());
        return Channels.PadTo(y, x.shape[1]).MoveToOuterDisposeScope();
    }
}
