using DNArch.Engine.Network;
using static TorchSharp.torch;

namespace DNArch.Tests.Network;

/// <summary>Layer norm (the library's fused kernel on a channels-last view) against statistics computed by hand.</summary>
[Collection(TorchCollection.Name)]
public sealed class LayerChannelNormTests
{
    [Theory]
    [InlineData(new long[] { 4, 5, 9 })]
    [InlineData(new long[] { 4, 5, 6, 7 })]
    public void Each_position_is_normalised_over_the_active_channels_then_scaled_and_shifted(long[] shape)
    {
        using var norm = ChannelNorm.Create(NormKind.Layer, "norm", 5);
        using var scope = NewDisposeScope();
        var parameters = norm.named_parameters().ToDictionary(p => p.name, p => p.parameter);
        using (no_grad())
        {
            parameters["weight"].copy_(tensor(new float[] { 0.5f, 2f, -1f, 3f, 4f }));
            parameters["bias"].copy_(tensor(new float[] { 1f, -2f, 0.25f, 5f, 6f }));
        }
        var x = randn(shape, generator: new Generator().manual_seed(7)) * 3 + 2;

        var y = norm.forward(x, active: 3);

        var active = x.narrow(1, 0, 3);
        var mean = active.mean([1L], keepdim: true);
        var variance = active.var([1L], unbiased: false, keepdim: true);
        var perChannel = new long[shape.Length];
        Array.Fill(perChannel, 1L);
        perChannel[1] = 3;
        var expected = (active - mean) / (variance + 1e-5).sqrt() * tensor(new float[] { 0.5f, 2f, -1f }).view(perChannel)
            + tensor(new float[] { 1f, -2f, 0.25f }).view(perChannel);
        y.shape.Should().Equal(shape);
        (y.narrow(1, 0, 3) - expected).abs().max().item<float>().Should().BeLessThan(1e-4f);
        y.narrow(1, 3, 2).abs().max().item<float>().Should().Be(0f, "inactive channels stay zero");

        y.sum().backward();
        parameters["weight"].grad!.narrow(0, 0, 3).abs().sum().item<float>().Should().BeGreaterThan(0f);
        var perBias = (float)(shape[0] * shape.Skip(2).Aggregate(1L, (p, n) => p * n));
        parameters["bias"].grad!.narrow(0, 0, 3).data<float>().ToArray().Should().AllBeEquivalentTo(perBias,
            "d(sum y)/d(shift_c) counts the positions of channel c");
        parameters["bias"].grad!.narrow(0, 3, 2).abs().sum().item<float>().Should().Be(0f, "inactive channels get no gradient");
    }
}
