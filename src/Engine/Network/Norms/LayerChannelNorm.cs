using DNArch.Plugins.Sdk.Layout;
using TorchSharp;
using static TorchSharp.torch;

namespace DNArch.Engine.Network;

/// <summary>LayerNorm over the active channels of each position (each example and position on its own).</summary>
sealed class LayerChannelNorm(string name, int channels) : ChannelNorm(name, channels)
{
    /// <summary>
    /// Channel counts for which the library's fused kernel is the faster way: it loops over positions and vectorises
    /// over channels, and it pays off only at multiples of 32 channels (whole pairs of 16-float blocks).
    /// </summary>
    /// <remarks>
    /// A cropped network has whatever width its mask leaves, so both paths are used; the timings behind the choice are
    /// in docs/benchmarks.md, "The channel mixers and norms".
    /// </remarks>
    internal static bool UsesFusedKernel(long channels) => channels % 32 == 0;

    private protected override Tensor Normalise(Tensor active, Tensor scale, Tensor shift) =>
        UsesFusedKernel(active.shape[1]) ? Fused(active, scale, shift) : ElementWise(active, scale, shift);

    /// <summary>
    /// The fused layer_norm on a channels-last view: with copies in and out for channels-first data, none for a
    /// channels-last image.
    /// </summary>
    static Tensor Fused(Tensor active, Tensor scale, Tensor shift)
    {
        using var channelsLast = active.movedim([1L], [-1L]);
        using var normalised = nn.functional.layer_norm(channelsLast, [active.shape[1]], scale, shift, Epsilon);
        using var channelsFirst = normalised.movedim([-1L], [1L]);
        return ChannelsLast.Is(active) ? channelsFirst.alias() : channelsFirst.contiguous();
    }

    /// <summary>The same statistics as reductions over the channel dimension of <c>[B, C, *n]</c>.</summary>
    static Tensor ElementWise(Tensor active, Tensor scale, Tensor shift)
    {
        using var scope = NewDisposeScope();
        var centred = active - active.mean([1L], keepdim: true);
        var variance = centred.square().mean([1L], keepdim: true);
        var normalised = centred * (variance + Epsilon).rsqrt();
        var rank = active.dim();
        return addcmul(Channels.Broadcastable(shift, rank), normalised, Channels.Broadcastable(scale, rank), 1)
            .MoveToOuterDisposeScope();
    }
}
