using DNArch.Plugins.Sdk.Fourier;
using TorchSharp;
using static TorchSharp.torch;

namespace DNArch.Tests.Fourier;

[Collection(TorchCollection.Name)]
public sealed class RealFftTests
{
    public static TheoryData<long[], long[], long[], FFTNormType> Cases => new()
    {
        { [3, 16], [16], [1], FFTNormType.Backward },
        { [3, 15], [15], [-1], FFTNormType.Backward },
        { [3, 11], [20], [1], FFTNormType.Backward },
        { [3, 11], [21], [1], FFTNormType.Forward },
        { [2, 3, 12, 10], [12, 10], [2, 3], FFTNormType.Forward },
        { [2, 3, 9, 7], [16, 11], [2, 3], FFTNormType.Backward },
        { [2, 3, 9, 7], [9, 8], [-2, -1], FFTNormType.Ortho },
        { [4, 9, 1], [12, 1], [1, 2], FFTNormType.Backward },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Spectrum_equals_the_librarys(long[] shape, long[] sizes, long[] dims, FFTNormType norm)
    {
        manual_seed(1);
        using var scope = NewDisposeScope();
        var x = randn(shape);
        var expected = fft.rfftn(x, sizes, dims, norm);
        (RealFft.Forward(x, sizes, dims, norm) - expected).abs().max().item<float>().Should().Be(0);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Gradient_equals_the_librarys_for_any_gradient_of_the_spectrum(long[] shape, long[] sizes, long[] dims, FFTNormType norm)
    {
        manual_seed(2);
        using var scope = NewDisposeScope();
        var x = randn(shape, requires_grad: true);
        // A complex weight per bin: the loss's gradient w.r.t. the spectrum is any complex tensor, imaginary parts at
        // the zero and Nyquist bins included.
        var shapeOfSpectrum = fft.rfftn(x.detach(), sizes, dims, norm).shape;
        var weights = complex(randn(shapeOfSpectrum), randn(shapeOfSpectrum));
        (fft.rfftn(x, sizes, dims, norm) * weights).real.sum().backward();
        var expected = x.grad!.clone();
        x.grad!.zero_();
        (RealFft.Forward(x, sizes, dims, norm) * weights).real.sum().backward();
        var difference = (x.grad! - expected).abs().max().item<float>();
        difference.Should().BeLessThan(1e-4f * Math.Max(1f, expected.abs().max().item<float>()));
    }

    [Fact]
    public void Sizes_below_the_inputs_are_refused()
    {
        using var x = randn(2, 8);
        var act = () => RealFft.Forward(x, [6], [1]);
        act.Should().Throw<ArgumentException>().WithMessage("*below the input's 8*");
    }
}
