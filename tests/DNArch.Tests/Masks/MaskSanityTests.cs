using DNArch.Abstractions.Masks;
using DNArch.Plugins.Masks;
using static TorchSharp.torch;

namespace DNArch.Tests.Masks;

[Collection(TorchCollection.Name)]
public sealed class MaskSanityTests
{
    [Fact]
    public void Gaussian_at_L33_sigma_0075_keeps_a_5x5_kernel()
    {
        var axis = new MaskAxis(AxisKind.CentredKernel, 33);
        using var mask = new GaussianMask(axis, new GaussianMaskOptions { InitialSigma = 0.075 });
        mask.ActiveWindow().Should().Be((14, 5));
    }

    [Fact]
    public void Gaussian_threshold_radius_is_sigma_times_2_146()
    {
        using var mask = new GaussianMask(new MaskAxis(AxisKind.CentredKernel, 33), new GaussianMaskOptions { InitialSigma = 0.5 });
        mask.Radius().item<float>().Should().BeApproximately(0.5f * 2.1460f, 1e-3f);
    }

    [Fact]
    public void Gaussian_values_at_the_window_edge_are_at_least_the_threshold_and_outside_below()
    {
        var axis = new MaskAxis(AxisKind.CausalKernel, 784);
        using var mask = new GaussianMask(axis, new GaussianMaskOptions { InitialSigma = 0.075 });
        var (start, count) = mask.ActiveWindow();
        (start + count).Should().Be(784);
        using var inside = mask.forward(axis.Distances(start, 1));
        using var outside = mask.forward(axis.Distances(start - 1, 1));
        inside.item<float>().Should().BeGreaterThanOrEqualTo(0.1f);
        outside.item<float>().Should().BeLessThan(0.1f);
    }

    [Fact]
    public void Sigmoid_continuous_size_is_the_closed_form_plus_a_half()
    {
        var axis = new MaskAxis(AxisKind.Ordinal, 64);
        using var mask = new SigmoidMask(axis, new SigmoidMaskOptions { Temperature = 10, InitialSize = 0.5 });
        var mu = mask.Offset.item<float>();
        var expected = 64 * (mu + Math.Log(9) / 10) + 0.5;
        mask.ContinuousCount().item<float>().Should().BeApproximately((float)expected, 1e-3f);
        using var values = mask.forward(axis.Distances(0, 64));
        var kept = values.data<float>().Count(v => v >= 0.1f);
        mask.ActiveCount().Should().Be(kept);
    }

    [Fact]
    public void A_gaussian_covering_the_whole_axis_counts_its_length_and_still_gets_a_gradient()
    {
        using var mask = new GaussianMask(new MaskAxis(AxisKind.CentredKernel, 33), new GaussianMaskOptions { InitialSigma = 1.0 });
        using var count = mask.ContinuousCount();
        count.item<float>().Should().Be(33f);
        count.backward();
        mask.Sigma.grad!.item<float>().Should().BeGreaterThan(0f);
    }

    /// <remarks>
    /// method.md quotes 65 taps for this case. Counting the taps whose mask value reaches T = 0.1 gives 64: the
    /// threshold radius σ·√(-2 ln T) = 0.16095 spans 63.01 grid steps of 2/783, so taps 0..63 from the present are
    /// kept and the 65th (mask 0.0930) is not. The test checks the rule itself against an independent count.
    /// </remarks>
    [Fact]
    public void Causal_at_L784_sigma_0075_keeps_exactly_the_taps_whose_mask_reaches_the_threshold()
    {
        var axis = new MaskAxis(AxisKind.CausalKernel, 784);
        using var mask = new GaussianMask(axis, new GaussianMaskOptions { InitialSigma = 0.075 });
        var independent = Enumerable.Range(0, 784)
            .Count(i => Math.Exp(-0.5 * Math.Pow((2.0 - i * 2.0 / 783) / 0.075, 2)) >= 0.1);

        mask.ActiveCount().Should().Be(independent).And.Be(64);
        mask.ActiveWindow().Start.Should().Be(784 - 64);
    }
}
