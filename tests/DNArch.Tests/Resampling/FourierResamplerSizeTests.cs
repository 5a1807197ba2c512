using DNArch.Plugins.Sdk.Fourier;
using DNArch.Abstractions.Resampling;
using DNArch.Plugins.Resampling;
using static TorchSharp.torch;

namespace DNArch.Tests.Resampling;

[Collection(TorchCollection.Name)]
public sealed class FourierResamplerSizeTests
{
    const double Temperature = 20, Threshold = 0.1;

    static FourierResampler WithCutoff(int[] size, double cutoff, int minimumSize = 2, bool fastSizes = false)
    {
        var resampler = new FourierResampler(new ResamplerSpec(size), new FourierResamplerOptions
        {
            Transition = LowPassTransition.Sigmoid, Temperature = Temperature, Threshold = Threshold, MinimumSize = minimumSize, FastSizes = fastSizes,
        });
        using (no_grad()) resampler.Cutoff!.fill_(cutoff);
        return resampler;
    }

    /// <summary>Non-negative frequency bins of an N-sample grid whose mask value reaches the threshold.</summary>
    static int BinsAtOrAboveThreshold(int n, double cutoff) =>
        Enumerable.Range(0, n / 2 + 1).Count(k => 1 / (1 + Math.Exp(-Temperature * (cutoff - 2.0 * k / n))) >= Threshold);

    [Theory]
    [InlineData(0.13)]
    [InlineData(0.27)]
    [InlineData(0.41)]
    [InlineData(0.62)]
    [InlineData(0.83)]
    public void Output_size_is_what_forward_returns_and_holds_exactly_the_bins_above_threshold(double cutoff)
    {
        using var scope = NewDisposeScope();
        foreach (var size in new[] { new[] { 64 }, new[] { 31 }, new[] { 32, 50 }, new[] { 33, 17 } })
        {
            using var resampler = WithCutoff(size, cutoff);
            var output = resampler.OutputSize(size);
            var y = resampler.forward(randn([2, 3, .. size.Select(n => (long)n)]));
            y.shape.Skip(2).Select(n => (int)n).Should().Equal(output);
            for (var d = 0; d < size.Length; d++)
                (output[d] / 2 + 1).Should().Be(BinsAtOrAboveThreshold(size[d], cutoff), $"size {size[d]}, cut-off {cutoff}");
        }
    }

    [Theory]
    [InlineData(28, false)]
    [InlineData(28, true)]
    [InlineData(40, true)]
    [InlineData(784, false)]
    [InlineData(784, true)]
    public void Continuous_output_size_averages_the_realised_size_over_the_cut_off(int size, bool fastSizes)
    {
        // Over thresholds spanning many steps the estimate must neither sit above the realised size (as r·N did, by
        // half a sample for flooring and more for fast lengths) nor below it.
        using var scope = NewDisposeScope();
        using var resampler = WithCutoff([size], 0, fastSizes: fastSizes);
        var offset = Math.Log((1 - Threshold) / Threshold) / Temperature;
        double estimated = 0, realised = 0, former = 0;
        const int samples = 997;
        for (var i = 0; i < samples; i++)
        {
            var radius = 0.3 + 0.65 * i / samples;
            using (no_grad()) resampler.Cutoff!.fill_(radius - offset);
            estimated += resampler.ContinuousOutputSize([tensor((double)size)])[0].item<double>();
            realised += resampler.OutputSize([size])[0];
            former += radius * size;
        }
        var tolerance = size < 100 ? 0.1 : 1;
        (estimated / samples).Should().BeApproximately(realised / samples, tolerance, "the mean estimate is the mean realised size");
        (former / samples - realised / samples).Should().BeGreaterThan(0.4, "r·N sat above the realised size");
    }

    [Theory]
    [InlineData(0.05)]
    [InlineData(0.3)]
    [InlineData(0.77)]
    [InlineData(0.95)]
    public void Continuous_output_size_is_within_one_sample_of_the_output_size(double cutoff)
    {
        using var scope = NewDisposeScope();
        int[] size = [40, 27];
        using var resampler = WithCutoff(size, cutoff);
        var continuous = resampler.ContinuousOutputSize([.. size.Select(n => tensor((double)n))]);
        var output = resampler.OutputSize(size);
        for (var d = 0; d < size.Length; d++)
            Math.Abs(continuous[d].item<double>() - output[d]).Should().BeLessThan(1, $"dimension {d}");
    }

    [Fact]
    public void Continuous_output_size_scales_with_a_continuous_input_and_passes_it_through_when_whole()
    {
        using var scope = NewDisposeScope();
        using var half = WithCutoff([40], 0.5);
        var input = tensor(40.0).requires_grad_();
        var output = half.ContinuousOutputSize([input])[0];
        output.backward();
        input.grad!.item<double>().Should().BeApproximately(output.item<double>() / 40, 1e-9);
        using var whole = WithCutoff([40], 1.5);
        whole.ContinuousOutputSize([tensor(37.6)])[0].item<double>().Should().BeApproximately(37.6, 1e-9);
    }

    [Fact]
    public void Never_goes_below_the_minimum_size()
    {
        using var scope = NewDisposeScope();
        using var resampler = WithCutoff([64, 8], -1.0, minimumSize: 10);
        resampler.OutputSize([64, 8]).Should().Equal(10, 8);
        resampler.forward(randn(1, 1, 64, 8)).shape.Should().Equal(1, 1, 10, 8);
        resampler.ContinuousOutputSize([tensor(64.0), tensor(8.0)]).Select(n => n.item<double>()).Should().Equal(10, 8);
    }

    [Theory]
    [InlineData(0.13)]
    [InlineData(0.41)]
    [InlineData(0.83)]
    [InlineData(0.97)]
    public void Fast_sizes_round_the_threshold_size_down_to_a_fast_fft_length(double cutoff)
    {
        using var scope = NewDisposeScope();
        foreach (var size in new[] { new[] { 784 }, new[] { 622 }, new[] { 29, 23 }, new[] { 200, 7 } })
        {
            using var exact = WithCutoff(size, cutoff);
            using var fast = WithCutoff(size, cutoff, fastSizes: true);
            var threshold = exact.OutputSize(size);
            var output = fast.OutputSize(size);
            fast.forward(randn([1, 2, .. size.Select(n => (long)n)])).shape.Skip(2).Select(n => (int)n)
                .Should().Equal(output);
            for (var d = 0; d < size.Length; d++)
            {
                var expected = threshold[d] == size[d] ? size[d] : (int)FftLengths.AtMost(threshold[d]);
                output[d].Should().Be(Math.Max(expected, 2), $"size {size[d]}, threshold size {threshold[d]}");
            }
        }
    }

    [Fact]
    public void Fast_sizes_keep_an_untouched_dimension_whole_and_respect_the_minimum()
    {
        using var scope = NewDisposeScope();
        using var whole = WithCutoff([622, 13], 1.5, fastSizes: true);
        whole.OutputSize([622, 13]).Should().Equal(622, 13);
        using var small = WithCutoff([64, 64], -1.0, minimumSize: 13, fastSizes: true);
        small.OutputSize([64, 64]).Should().Equal(13, 13);
    }

    [Fact]
    public void Fast_sizes_are_the_default()
    {
        new FourierResamplerOptions().FastSizes.Should().BeTrue();
        using var scope = NewDisposeScope();
        using var resampler = new FourierResampler(new ResamplerSpec([784]), new FourierResamplerOptions { Transition = LowPassTransition.Sigmoid, InitialCutoff = 0.7935 });
        FftLengths.IsFast(resampler.OutputSize([784])[0]).Should().BeTrue();
    }
}
