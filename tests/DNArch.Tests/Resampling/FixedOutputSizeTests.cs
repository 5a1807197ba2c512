using DNArch.Abstractions.Resampling;
using DNArch.Plugins.Resampling;
using static TorchSharp.torch;

namespace DNArch.Tests.Resampling;

[Collection(TorchCollection.Name)]
public sealed class FixedOutputSizeTests
{
    static FourierResampler Fixed(int[] input, int[] output) =>
        new(new ResamplerSpec(input, output), new FourierResamplerOptions());

    [Fact]
    public void Has_no_learnable_parameters_and_always_returns_the_fixed_size()
    {
        using var scope = NewDisposeScope();
        using var resampler = Fixed([32, 48], [13, 24]);
        resampler.parameters().Should().BeEmpty();
        resampler.Cutoff.Should().BeNull();
        resampler.OutputSize([32, 48]).Should().Equal(13, 24);
        resampler.forward(randn(2, 3, 32, 48)).shape.Should().Equal(2, 3, 13, 24);
        resampler.ContinuousOutputSize([tensor(32.0), tensor(48.0)]).Select(n => n.item<double>()).Should().Equal(13, 24);
    }

    [Fact]
    public void Crops_without_attenuation_up_to_and_including_the_new_nyquist_of_a_sequence()
    {
        using var scope = NewDisposeScope();
        using var resampler = Fixed([64], [32]);
        Cosine[] signal = [new([0], 0.5, 0), new([15], 1.0, 0.7), new([16], 0.8, 0.4)];
        resampler.forward(BandLimitedSignal.Sample([64], signal))
            .allclose(BandLimitedSignal.Sample([32], signal), atol: 1e-5).Should().BeTrue();
    }

    [Fact]
    public void Crops_exactly_at_the_nyquist_bins_of_both_dimensions_of_an_image()
    {
        using var scope = NewDisposeScope();
        using var resampler = Fixed([32, 48], [16, 24]);
        Cosine[] signal =
        [
            new([8, 3], 1.0, 0.3), new([-8, 5], 0.6, -0.4), new([2, 12], 0.7, 1.1), new([-3, 12], 0.5, 0.6),
            new([8, 12], 0.9, 0.5), new([7, -11], 0.4, 2.0),
        ];
        resampler.forward(BandLimitedSignal.Sample([32, 48], signal))
            .allclose(BandLimitedSignal.Sample([16, 24], signal), atol: 1e-5).Should().BeTrue();
    }

    [Fact]
    public void Is_the_identity_at_the_input_size()
    {
        using var scope = NewDisposeScope();
        using var resampler = Fixed([20], [20]);
        var x = randn(1, 2, 20);
        resampler.forward(x).Should().BeSameAs(x);
    }

    [Theory]
    [InlineData(new[] { 33 })]
    [InlineData(new[] { 0 })]
    [InlineData(new[] { 8, 8 })]
    public void Rejects_a_fixed_size_that_is_not_a_crop_of_the_input(int[] output)
    {
        var create = () => Fixed([32], output);
        create.Should().Throw<ArgumentException>().WithMessage("*Fixed output size*");
    }
}
