using TorchSharp;
using static TorchSharp.torch;

namespace DNArch.Engine.Network;

/// <summary>Helpers for the channel axis (dim 1) of <c>[B, C, *spatial]</c> tensors.</summary>
static class Channels
{
    /// <summary><paramref name="x"/> with zero channels appended up to <paramref name="count"/> (itself if it has them).</summary>
    public static Tensor PadTo(Tensor x, long count)
    {
        var missing = count - x.shape[1];
        if (missing <= 0) return x.alias();
        var pad = new long[2 * (x.dim() - 1)];
        pad[^1] = missing;
        return nn.functional.pad(x, pad);
    }

    /// <summary><paramref name="values"/> <c>[C]</c> shaped to broadcast over the channels of an <paramref name="rank"/>-D tensor.</summary>
    public static Tensor Broadcastable(Tensor values, long rank)
    {
        var shape = Enumerable.Repeat(1L, (int)rank).ToArray();
        shape[1] = values.shape[0];
        return values.view(shape);
    }
}
