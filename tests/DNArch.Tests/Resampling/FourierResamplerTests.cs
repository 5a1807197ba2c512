using DNArch.Abstractions.Resampling;
using DNArch.Plugins.Resampling;
using static TorchSharp.torch;

namespace DNArch.Tests.Resampling;

[Collection(TorchCollection.Name)]
public sealed class FourierResamplerTests
{
    // A steep mask: ≈1 on every bin clearly inside the cut-off, so the resampling of band-limited signals is exact;
    // exact sizes: the expected samples are those of the threshold grid, not of a rounded fast length.
    static FourierResampler Steep(int[] size, double cutoff, int matrixSizeLimit = 64) =>
        new(new ResamplerSpec(size), new FourierResamplerOptions
        {
            Transition = LowPassTransition.Sigmoid, Temperature = 1000, InitialCutoff = cutoff, FastSizes = false, MatrixSizeLimit = matrixSizeLimit,
        });

    static readonly Cosine[] Below11 =
    [
        new([0], 0.7, 0), new([3], 1.0, 0.4), new([7], 0.5, -1.1), new([10], 0.8, 2.0),
    ];

    static readonly Cosine[] Below6By8 =
    [
        new([0, 0], 0.3, 0), new([4, 0], 1.0, 0.2), new([0, 7], 0.6, -0.5), new([-5, 3], 0.9, 1.3), new([6, -8], 0.4, 2.5),
    ];

    [Theory]
    [InlineData(0.5, 32, 64)]
    [InlineData(0.33, 21, 64)]
    [InlineData(0.5, 32, 0)]
    [InlineData(0.33, 21, 0)]
    public void Downsamples_a_band_limited_sequence_to_its_samples_on_the_coarser_grid(double cutoff, int expected, int matrixSizeLimit)
    {
        using var scope = NewDisposeScope();
        using var resampler = Steep([64], cutoff, matrixSizeLimit);
        var output = resampler.forward(BandLimitedSignal.Sample([64], Below11));
        output.shape.Should().Equal(1, 1, expected);
        output.allclose(BandLimitedSignal.Sample([expected], Below11), atol: 1e-4).Should().BeTrue();
    }

    [Theory]
    [InlineData(64)]
    [InlineData(0)]
    public void Downsamples_a_band_limited_image_to_its_samples_on_the_coarser_grid(int matrixSizeLimit)
    {
        using var scope = NewDisposeScope();
        using var resampler = Steep([32, 48], 0.5, matrixSizeLimit);
        var output = resampler.forward(BandLimitedSignal.Sample([32, 48], Below6By8));
        output.shape.Should().Equal(1, 1, 16, 24);
        output.allclose(BandLimitedSignal.Sample([16, 24], Below6By8), atol: 1e-4).Should().BeTrue();
    }

    [Fact]
    public void Downsamples_batches_and_channels_independently()
    {
        using var scope = NewDisposeScope();
        using var resampler = Steep([32, 48], 0.5);
        var first = BandLimitedSignal.Sample([32, 48], Below6By8);
        var second = BandLimitedSignal.Sample([32, 48], new Cosine([1, 1], 1.0, 0.0));
        var output = resampler.forward(cat([cat([first, second], 1), cat([second, first], 1)], 0));
        output.shape.Should().Equal(2, 2, 16, 24);
        output[1, 1].allclose(BandLimitedSignal.Sample([16, 24], Below6By8)[0, 0], atol: 1e-4).Should().BeTrue();
        output[0, 1].allclose(BandLimitedSignal.Sample([16, 24], new Cosine([1, 1], 1.0, 0.0))[0, 0], atol: 1e-4)
            .Should().BeTrue();
    }

    [Theory]
    [InlineData(64)]
    [InlineData(63)]
    public void Keeps_every_sample_at_the_start_and_passes_the_signal_whole_far_above_nyquist(int length)
    {
        using var scope = NewDisposeScope();
        using var resampler = new FourierResampler(new ResamplerSpec([length]), new FourierResamplerOptions { InitialCutoff = 1 });
        var x = randn(2, 3, length);
        resampler.OutputSize([length]).Should().Equal(length);
        resampler.forward(x).shape.Should().Equal(2, 3, length);
        using (no_grad()) resampler.Cutoff!.fill_(3.0);
        resampler.forward(x).allclose(x, atol: 1e-5).Should().BeTrue();
        resampler.OutputSize([length]).Should().Equal(length);
    }

    [Theory]
    [InlineData(0.33)]
    [InlineData(0.5)]
    public void Restore_undoes_the_downsampling_of_a_band_limited_sequence(double cutoff)
    {
        using var scope = NewDisposeScope();
        using var resampler = Steep([64], cutoff);
        var x = BandLimitedSignal.Sample([64], Below11);
        resampler.Restore(resampler.forward(x), [64]).allclose(x, atol: 1e-4).Should().BeTrue();
    }

    [Fact]
    public void Restore_undoes_the_downsampling_of_a_band_limited_image()
    {
        using var scope = NewDisposeScope();
        using var resampler = Steep([32, 48], 0.5);
        var x = BandLimitedSignal.Sample([32, 48], Below6By8);
        var restored = resampler.Restore(resampler.forward(x), [32, 48]);
        restored.shape.Should().Equal(1, 1, 32, 48);
        restored.allclose(x, atol: 1e-4).Should().BeTrue();
    }

    [Fact]
    public void Restore_upsamples_a_coarse_band_limited_image_to_its_fine_samples()
    {
        using var scope = NewDisposeScope();
        using var resampler = Steep([32, 48], 0.5);
        var coarse = new Cosine[] { new([3, 5], 1.0, 0.3), new([-7, 2], 0.5, 1.0) };
        resampler.Restore(BandLimitedSignal.Sample([15, 17], coarse), [32, 48])
            .allclose(BandLimitedSignal.Sample([32, 48], coarse), atol: 1e-4).Should().BeTrue();
    }

    [Fact]
    public void Restore_splits_a_coarse_nyquist_component_evenly_between_positive_and_negative_frequencies()
    {
        using var scope = NewDisposeScope();
        using var resampler = Steep([32, 48], 0.5);
        var coarse = BandLimitedSignal.Sample([16, 24], new([8, 3], 1.0, 0), new([2, 12], 0.5, 0));
        // On 16 × 24 samples ±8 and ±12 are one frequency each; the fine grid gets half of each.
        var fine = BandLimitedSignal.Sample([32, 48],
            new([8, 3], 0.5, 0), new([-8, 3], 0.5, 0), new([2, 12], 0.25, 0), new([2, -12], 0.25, 0));
        resampler.Restore(coarse, [32, 48]).allclose(fine, atol: 1e-5).Should().BeTrue();
    }
}
