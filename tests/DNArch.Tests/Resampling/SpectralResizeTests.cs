using DNArch.Plugins.Resampling;
using TorchSharp;
using static TorchSharp.torch;
using static DNArch.Tests.Support.TensorAssert;

namespace DNArch.Tests.Resampling;

/// <summary>The fused resize equals libtorch's own transforms, crop and product, values and both gradients.</summary>
[Collection(TorchCollection.Name)]
public sealed class SpectralResizeTests
{
    public static TheoryData<long[], int, int> Cases => new()
    {
        { [2, 3, 784], 2, 616 },
        { [2, 3, 45], 2, 30 },
        { [2, 3, 40], 2, 27 },
        { [2, 3, 31], 2, 31 },
        { [2, 3, 12], 2, 20 },
        { [2, 3, 13], 2, 27 },
        { [2, 3, 18, 10], 2, 11 },
        { [2, 3, 10, 18], 3, 12 },
        { [5, 9], 1, 6 },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Equals_the_librarys_chain_with_its_gradients(long[] shape, int dim, int length)
    {
        manual_seed(3);
        using var scope = NewDisposeScope();
        var bins = SpectralResize.KeptBins((int)shape[dim], length);
        var x = randn(shape, requires_grad: true);
        var weights = (rand(bins) + 0.5).requires_grad_();
        var y = SpectralResize.Apply(x, weights, dim, length);
        var upstream = randn(y.shape);
        (y * upstream).sum().backward();
        var (inputGradient, weightGradient) = (x.grad!.clone(), weights.grad!.clone());
        x.grad!.zero_();
        weights.grad!.zero_();

        var along = Enumerable.Repeat(1L, shape.Length).ToArray();
        along[dim] = bins;
        var spectrum = fft.rfft(x, dim: dim, norm: FFTNormType.Forward).narrow(dim, 0, bins);
        var expected = fft.irfft(spectrum * weights.view(along), length, dim, FFTNormType.Forward);
        (expected * upstream).sum().backward();

        AssertClose(y, expected);
        AssertClose(inputGradient, x.grad!);
        AssertClose(weightGradient, weights.grad!);
    }

    [Fact]
    public void Weights_without_a_gradient_give_the_input_the_same_gradient()
    {
        manual_seed(5);
        using var scope = NewDisposeScope();
        var x = randn([2, 16], requires_grad: true);
        var weights = rand(5) + 0.5;
        SpectralResize.Apply(x, weights, 1, 8).square().sum().backward();
        var withoutWeightGradient = x.grad!.clone();
        x.grad!.zero_();
        var tracked = weights.clone().requires_grad_();
        SpectralResize.Apply(x, tracked, 1, 8).square().sum().backward();
        tracked.grad.Should().NotBeNull();
        withoutWeightGradient.abs().sum().item<float>().Should().BeGreaterThan(0);
        AssertClose(withoutWeightGradient, x.grad!);
    }

    [Fact]
    public void A_wrong_number_of_weights_is_refused()
    {
        using var x = randn(2, 16);
        using var weights = ones(9);
        var act = () => SpectralResize.Apply(x, weights, 1, 8);
        act.Should().Throw<ArgumentException>().WithMessage("*Expected 5 bin weights*");
    }
}
