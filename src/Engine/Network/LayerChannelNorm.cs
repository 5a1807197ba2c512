using static TorchSharp.torch;

namespace DNArch.Engine.Network;

/// <summary>LayerNorm over the active channels of each position (each example and position on its own).</summary>
sealed class LayerChannelNorm(string name, int channels) : ChannelNorm(name, channels)
{
    private protected override Tensor Normalise(Tensor active)
    {
        var (variance, mean) = var_mean(active, [1L], unbiased: false, keepdim: true);
        return (active - mean) * (variance + Epsilon).rsqrt();
    }
}
