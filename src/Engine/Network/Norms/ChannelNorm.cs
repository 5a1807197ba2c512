using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace DNArch.Engine.Network;

/// <summary>
/// A normalisation of the stream's channels followed by a per-channel scale and shift, applied to the active channels
/// only: a cropped network normalises exactly the channels it has, and the full (uncropped) network the same ones,
/// leaving the inactive channels at zero. Subclasses choose the statistics (<see cref="NetworkOptions.Norm"/>).
/// </summary>
abstract class ChannelNorm : nn.Module
{
    internal const double Epsilon = 1e-5;
    readonly Parameter scale;
    readonly Parameter shift;

    private protected ChannelNorm(string name, int channels) : base(name)
    {
        scale = new Parameter(ones(channels));
        shift = new Parameter(zeros(channels));
        register_parameter("weight", scale);
        register_parameter("bias", shift);
    }

    /// <summary>A norm of <paramref name="kind"/> over at most <paramref name="channels"/> channels.</summary>
    public static ChannelNorm Create(NormKind kind, string name, int channels) => kind switch
    {
        NormKind.Layer => new LayerChannelNorm(name, channels),
        NormKind.Batch => new BatchChannelNorm(name, channels),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown norm."),
    };

    /// <summary>Normalises the first <paramref name="active"/> channels of <paramref name="x"/>; any others become 0.</summary>
    public Tensor forward(Tensor x, int active)
    {
        ArgumentNullException.ThrowIfNull(x);
        using var scope = NewDisposeScope();
        // All channels active: no narrow, whose backward would write the gradient into a fresh channels-first tensor.
        var input = active == x.shape[1] ? x.alias() : x.narrow(1, 0, active);
        var y = Normalise(input, scale.narrow(0, 0, active), shift.narrow(0, 0, active));
        return Channels.PadTo(y, x.shape[1]).MoveToOuterDisposeScope();
    }

    /// <summary>The learned scale and shift of the first <paramref name="active"/> channels, <c>[active]</c> each (views).</summary>
    public (Tensor Scale, Tensor Shift) Affine(int active) => (scale.narrow(0, 0, active), shift.narrow(0, 0, active));

    /// <summary>
    /// The whole norm of the first <paramref name="active"/> channels in evaluation as a per-channel
    /// <c>x · Scale + Shift</c>, for folding into a neighbouring linear layer; null when its statistics depend on the
    /// input (layer norm).
    /// </summary>
    public virtual (Tensor Scale, Tensor Shift)? EvaluationAffine(int active) => null;

    /// <summary>
    /// The active channels <c>[B, active, *n]</c> normalised, times <paramref name="scale"/> plus
    /// <paramref name="shift"/> (<c>[active]</c> each), in one fused library call.
    /// </summary>
    private protected abstract Tensor Normalise(Tensor active, Tensor scale, Tensor shift);
}
