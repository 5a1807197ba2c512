using static TorchSharp.torch;

namespace DNArch.Engine.Network;

/// <summary>LayerNorm over the active channels of each position (each example and position on its own).</summary>
sealed class LayerChannelNorm(string name, int channels) : ChannelNorm(name, channels)
{
    /// <remarks>
    /// The library's fused layer_norm on a channels-last view: with the copies in and out it takes a third of the time
    /// (forward + backward) of the same statistics spelt out as five element-wise operations on <c>[B, C, *n]</c>.
    /// </remarks>
    private protected override Tensor Normalise(Tensor active, Tensor scale, Tensor shift)
    {
        using var channelsLast = active.movedim([1L], [-1L]);
        using var normalised = nn.functional.layer_norm(channelsLast, [active.shape[1]], scale, shift, Epsilon);
        using var channelsFirst = normalised.movedim([-1L], [1L]);
        return channelsFirst.contiguous();
    }
}
