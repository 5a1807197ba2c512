using DNArch.Abstractions.Resampling;
using DNArch.Plugins.Resampling;
using static TorchSharp.torch;

namespace DNArch.Tests.Resampling;

[Collection(TorchCollection.Name)]
public sealed class RampLowPassTests
{
    static FourierResampler Ramp(int[] size, double cutoff = 1.0, bool fastSizes = false, int matrixSizeLimit = 64) =>
        new(new ResamplerSpec(size), new FourierResamplerOptions
        {
            InitialCutoff = cutoff, FastSizes = fastSizes, MatrixSizeLimit = matrixSizeLimit,
        });

    [Theory]
    [InlineData(28)]
    [InlineData(784)]
    public void At_a_cut_off_of_one_keeps_every_bin_and_still_learns_on_an_even_grid(int length)
    {
        using var scope = NewDisposeScope();
        using var resampler = Ramp([length]);
        var x = randn(4, 2, length);
        var y = resampler.forward(x);
        y.shape.Should().Equal(4, 2, length);
        // Every bin has weight 1: the signal passes whole, yet the cut-off sits on the ramp's corner and learns.
        y.allclose(x, atol: 1e-5).Should().BeTrue();
        y.square().mean().backward();
        resampler.Cutoff!.grad!.item<float>().Should().BeGreaterThan(0);
    }

    [Theory]
    [InlineData(32, false)]
    [InlineData(27, false)]
    [InlineData(784, false)]
    [InlineData(784, true)]
    public void Output_changes_continuously_when_the_first_sample_is_dropped(int length, bool fastSizes)
    {
        // Just above and just below the cut-off where the output loses its first samples, the two outputs brought back
        // to the input grid agree: the bin dropped there had weight zero.
        using var scope = NewDisposeScope();
        using var resampler = Ramp([length], fastSizes: fastSizes, matrixSizeLimit: 0);
        var x = randn(2, 3, length);
        var drop = DropPoint(resampler, length);
        using (no_grad()) resampler.Cutoff!.fill_(drop + 1e-6f);
        var above = resampler.forward(x);
        using (no_grad()) resampler.Cutoff!.fill_(drop - 1e-6f);
        var below = resampler.forward(x);
        below.shape[2].Should().BeLessThan(above.shape[2]);
        var difference = (resampler.Restore(above, [length]) - resampler.Restore(below, [length])).abs().max();
        difference.item<float>().Should().BeLessThan(2e-3f);
    }

    // The largest cut-off at which the output is shorter than the input, found by bisection.
    static float DropPoint(FourierResampler resampler, int length)
    {
        float low = 0.5f, high = 1.0f;
        for (var i = 0; i < 40; i++)
        {
            var middle = (low + high) / 2;
            using (no_grad()) resampler.Cutoff!.fill_(middle);
            if (resampler.OutputSize([length])[0] < length) low = middle;
            else high = middle;
        }
        return (low + high) / 2;
    }

    [Theory]
    [InlineData(0.2)]
    [InlineData(0.45)]
    [InlineData(0.7)]
    public void Drops_only_bins_of_weight_zero_and_keeps_every_bin_of_weight_one(double cutoff)
    {
        using var scope = NewDisposeScope();
        foreach (var length in new[] { 28, 33, 100 })
        {
            using var resampler = Ramp([length], cutoff);
            var output = resampler.OutputSize([length])[0];
            var kept = output / 2 + 1;
            var edge = cutoff * length / 2;
            // Bins up to the band edge are whole; the first dropped bin lies at or past the ramp's end (R = 2 bins).
            (kept - 1).Should().BeGreaterThanOrEqualTo((int)Math.Floor(edge), $"length {length}");
            ((double)kept).Should().BeGreaterThanOrEqualTo(edge + 2 - 1e-6, $"length {length}");
            resampler.forward(randn(1, 1, length)).shape[2].Should().Be(output);
        }
    }

    [Theory]
    [InlineData(28)]
    [InlineData(784)]
    public void Continuous_output_size_stays_near_the_realised_size(int length)
    {
        using var scope = NewDisposeScope();
        using var resampler = Ramp([length], fastSizes: true);
        double estimated = 0, realised = 0;
        const int samples = 301;
        for (var i = 0; i < samples; i++)
        {
            using (no_grad()) resampler.Cutoff!.fill_(0.3 + 0.65 * i / samples);
            estimated += resampler.ContinuousOutputSize([tensor((double)length)])[0].item<double>();
            realised += resampler.OutputSize([length])[0];
        }
        (estimated / samples).Should().BeApproximately(realised / samples, 0.05 * length);
    }

    [Fact]
    public void A_budget_can_pull_the_cut_off_down_from_the_start()
    {
        using var scope = NewDisposeScope();
        using var resampler = Ramp([32, 32]);
        var size = resampler.ContinuousOutputSize([tensor(32.0), tensor(32.0)]);
        (size[0] * size[1]).backward();
        resampler.Cutoff!.grad!.data<float>().ToArray().Should().AllSatisfy(g => g.Should().BeGreaterThan(0));
    }
}
