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
    public void Sigmoid_continuous_size_follows_the_closed_form()
    {
        var axis = new MaskAxis(AxisKind.Ordinal, 64);
        using var mask = new SigmoidMask(axis, new SigmoidMaskOptions { Temperature = 10, InitialSize = 0.5 });
        var mu = mask.Offset.item<float>();
        var expected = 64 * (mu + Math.Log(9) / 10);
        mask.ContinuousCount().item<float>().Should().BeApproximately((float)expected, 1e-3f);
        using var values = mask.forward(axis.Distances(0, 64));
        var kept = values.data<float>().Count(v => v >= 0.1f);
        mask.ActiveCount().Should().Be(kept);
    }
}
