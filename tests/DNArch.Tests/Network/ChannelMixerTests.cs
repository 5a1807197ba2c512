using DNArch.Engine.Network;
using DNArch.Plugins.Sdk.Layout;
using static TorchSharp.torch;

namespace DNArch.Tests.Network;

/// <summary>The per-position channel mixer against the sum over input channels written out as a broadcast product.</summary>
[Collection(TorchCollection.Name)]
public sealed class ChannelMixerTests
{
    [Theory]
    [InlineData(new long[] { 3, 5, 7 }, 4, false)]
    [InlineData(new long[] { 3, 5, 7 }, 6, true)]
    [InlineData(new long[] { 2, 4, 3, 5 }, 6, true)]
    [InlineData(new long[] { 3, 5 }, 2, true)]
    [InlineData(new long[] { 2, 4, 3, 5 }, 6, true, true)]
    [InlineData(new long[] { 2, 6, 4, 4 }, 3, false, true)]
    [InlineData(new long[] { 2, 4, 3, 5 }, 5, false, true)]
    public void Each_position_mixes_the_active_inputs_into_the_first_outputs(long[] shape, int outputs, bool scaled,
        bool channelsLast = false)
    {
        using var mixer = new ChannelMixer("mixer", inputs: 6, outputs: 6);
        using var scope = NewDisposeScope();
        var parameters = mixer.named_parameters().ToDictionary(p => p.name, p => p.parameter);
        var generator = new Generator().manual_seed(3);
        var x = randn(shape, generator: generator);
        if (channelsLast) x = ChannelsLast.From(x);
        x.requires_grad_();
        var scale = scaled ? rand(shape[1], generator: generator).requires_grad_() : null;

        var y = mixer.forward(x, outputs, scale);

        var inputs = shape[1];
        var weight = parameters["weight"].narrow(0, 0, outputs).narrow(1, 0, inputs);
        var positions = shape.Skip(2).Select(_ => 1L).ToArray();
        long[] perPosition = [1, outputs, inputs, .. positions];
        var scaledInput = scale is null ? x : x * scale.view([1, inputs, .. positions]);
        var bias = parameters["bias"].narrow(0, 0, outputs).view([1, outputs, .. positions]);
        var expected = (weight.view(perPosition) * scaledInput.unsqueeze(1)).sum(2) + bias;
        y.shape.Should().Equal([shape[0], outputs, .. shape.Skip(2)]);
        ChannelsLast.Is(y).Should().Be(channelsLast, "a channels-last image stays channels-last");
        (y - expected).abs().max().item<float>().Should().BeLessThan(1e-5f);

        var outputGradient = randn(y.shape, generator: generator);
        Tensor[] sources = [x, parameters["weight"], .. scale is null ? [] : new[] { scale }];
        var gradients = autograd.grad([(y * outputGradient).sum()], sources);
        var truths = autograd.grad([(expected * outputGradient).sum()], sources);
        for (var i = 0; i < gradients.Count; i++)
            (gradients[i] - truths[i]).abs().max().item<float>().Should().BeLessThan(1e-4f, $"gradient {i} matches");
        gradients[1].narrow(0, outputs, 6 - outputs).abs().sum().item<float>().Should().Be(0f, "unused rows get no gradient");
    }
}
