using DNArch.Engine.Network;
using static TorchSharp.torch;

namespace DNArch.Tests.Network;

/// <summary>Layer norm (both the fused kernel and the element-wise path) against statistics computed by hand.</summary>
[Collection(TorchCollection.Name)]
public sealed class LayerChannelNormTests
{
    [Theory]
    [InlineData(new long[] { 4, 5, 9 }, 3)]
    [InlineData(new long[] { 4, 5, 6, 7 }, 3)]
    [InlineData(new long[] { 3, 40, 9 }, 32)]
    [InlineData(new long[] { 2, 40, 5, 6 }, 32)]
    public void Each_position_is_normalised_over_the_active_channels_then_scaled_and_shifted(long[] shape, int count)
    {
        LayerChannelNorm.UsesFusedKernel(count).Should().Be(count == 32, "both paths are under test");
        var channels = (int)shape[1];
        using var norm = ChannelNorm.Create(NormKind.Layer, "norm", channels);
        using var scope = NewDisposeScope();
        var parameters = norm.named_parameters().ToDictionary(p => p.name, p => p.parameter);
        var weight = linspace(0.5, -3, channels);
        var bias = linspace(1, 6, channels);
        using (no_grad())
        {
            parameters["weight"].copy_(weight);
            parameters["bias"].copy_(bias);
        }
        var generator = new Generator().manual_seed(7);
        var x = (randn(shape, generator: generator) * 3 + 2).requires_grad_();
        var reference = x.detach().clone().requires_grad_();

        var y = norm.forward(x, active: count);

        var active = reference.narrow(1, 0, count);
        var mean = active.mean([1L], keepdim: true);
        var variance = active.var([1L], unbiased: false, keepdim: true);
        var perChannel = new long[shape.Length];
        Array.Fill(perChannel, 1L);
        perChannel[1] = count;
        var expected = (active - mean) / (variance + 1e-5).sqrt() * weight.narrow(0, 0, count).view(perChannel)
            + bias.narrow(0, 0, count).view(perChannel);
        y.shape.Should().Equal(shape);
        (y.narrow(1, 0, count) - expected).abs().max().item<float>().Should().BeLessThan(1e-4f);
        y.narrow(1, count, channels - count).abs().max().item<float>().Should().Be(0f, "inactive channels stay zero");

        var outputGradient = randn(shape, generator: generator);
        (y * outputGradient).sum().backward();
        (expected * outputGradient.narrow(1, 0, count)).sum().backward();
        (x.grad! - reference.grad!).abs().max().item<float>().Should().BeLessThan(1e-3f, "the input gradient matches too");
        parameters["weight"].grad!.narrow(0, 0, count).abs().sum().item<float>().Should().BeGreaterThan(0f);
        var perBias = outputGradient.narrow(1, 0, count).transpose(0, 1).reshape(count, -1).sum(1);
        (parameters["bias"].grad!.narrow(0, 0, count) - perBias).abs().max().item<float>().Should().BeLessThan(1e-3f,
            "d(sum g·y)/d(shift_c) sums g over the positions of channel c");
        parameters["bias"].grad!.narrow(0, count, channels - count).abs().sum().item<float>()
            .Should().Be(0f, "inactive channels get no gradient");
    }
}
