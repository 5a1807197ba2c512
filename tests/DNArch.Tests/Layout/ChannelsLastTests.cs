using DNArch.Plugins.Sdk.Layout;
using static TorchSharp.torch;
using static DNArch.Tests.Support.TensorAssert;

namespace DNArch.Tests.Layout;

/// <summary>The layout conversions keep values and send each gradient back in its input's layout.</summary>
[Collection(TorchCollection.Name)]
public sealed class ChannelsLastTests
{
    [Fact]
    public void From_stores_an_image_channels_last_and_returns_the_gradient_channels_first()
    {
        manual_seed(1);
        using var scope = NewDisposeScope();
        var x = randn(2, 3, 5, 4).requires_grad_();
        var stored = ChannelsLast.From(x);
        ChannelsLast.Is(stored).Should().BeTrue();
        ChannelsLast.Is(x).Should().BeFalse();
        AssertClose(stored.alias(), x);
        var weights = randn(2, 3, 5, 4);
        (stored * ChannelsLast.From(weights)).sum().backward();
        x.grad!.is_contiguous().Should().BeTrue("the layers that made x work channels-first");
        AssertClose(x.grad!, weights);
    }

    [Fact]
    public void To_channels_first_returns_the_gradient_of_a_channels_last_image_channels_last()
    {
        manual_seed(2);
        using var scope = NewDisposeScope();
        var x = ChannelsLast.From(randn(2, 3, 5, 4)).requires_grad_();
        var first = ChannelsLast.ToChannelsFirst(x);
        first.is_contiguous().Should().BeTrue();
        AssertClose(first.alias(), x);
        var weights = randn(2, 3, 5, 4);
        (first * weights).sum().backward();
        ChannelsLast.Is(x.grad!).Should().BeTrue("the stream x belongs to is channels-last");
        AssertClose(x.grad!, weights);
    }

    [Fact]
    public void Sequences_and_channels_last_images_pass_through_without_a_copy()
    {
        using var scope = NewDisposeScope();
        var sequence = randn(2, 3, 7);
        ChannelsLast.Is(sequence).Should().BeFalse();
        var image = ChannelsLast.From(randn(2, 3, 5, 4));
        foreach (var x in new[] { sequence, image })
        {
            var before = x.clone();
            ChannelsLast.From(x).add_(1);
            (x - before - 1).abs().max().item<float>().Should().BeLessThan(1e-5f, "From returned a view of x itself");
        }
    }

    [Theory]
    [InlineData(0, 6)]
    [InlineData(1, 3)]
    public void Contract_takes_one_dimension_through_a_matrix_as_einsum_does(int dimension, int outputs)
    {
        manual_seed(3);
        using var scope = NewDisposeScope();
        var x = randn(2, 3, 5, 4);
        var map = randn(x.shape[2 + dimension], outputs).requires_grad_();
        var stored = ChannelsLast.From(x).requires_grad_();
        var y = ChannelsLast.Contract(stored, dimension, map);
        ChannelsLast.Is(y).Should().BeTrue();
        var expected = dimension == 0 ? einsum("bchw,hz->bczw", x, map) : einsum("bchw,wz->bchz", x, map);
        AssertClose(y.alias(), expected);
        var weights = randn(y.shape);
        var mapGradient = autograd.grad([(y * weights).sum()], [map])[0];
        AssertClose(mapGradient, autograd.grad([(expected * weights).sum()], [map])[0]);
    }

    [Fact]
    public void Contract_refuses_a_channels_first_image()
    {
        using var scope = NewDisposeScope();
        var act = () => ChannelsLast.Contract(randn(2, 3, 5, 4), 0, randn(5, 5));
        act.Should().Throw<ArgumentException>().WithMessage("*channels-last*");
    }
}
