using DNArch.Abstractions.Masks;
using DNArch.Plugins.Masks;

namespace DNArch.Tests.Masks;

/// <summary>Budgets steer the continuous count; it must not sit above or below the realised count on average.</summary>
[Collection(TorchCollection.Name)]
public sealed class ContinuousCountTests
{
    const double RootFactor = 2.1459660262893472; // √(−2 ln 0.1)

    [Theory]
    [InlineData(AxisKind.CentredKernel, 33)]
    [InlineData(AxisKind.CentredKernel, 14)]
    [InlineData(AxisKind.CausalKernel, 40)]
    public void Gaussian_count_averages_the_realised_count_over_a_step(AxisKind kind, int length)
    {
        var axis = new MaskAxis(kind, length);
        var (continuous, realised) = Averages(axis, steps => GaussianOfRadius(axis, steps));
        continuous.Should().BeApproximately(realised, 0.02);
    }

    [Fact]
    public void Sigmoid_count_averages_the_realised_count_over_a_step()
    {
        var axis = new MaskAxis(AxisKind.Ordinal, 64);
        var (continuous, realised) = Averages(axis, steps => OfRadius(axis, steps));
        continuous.Should().BeApproximately(realised, 0.02);
    }

    [Theory]
    [InlineData(AxisKind.CentredKernel, 9)]
    [InlineData(AxisKind.CentredKernel, 8)]
    [InlineData(AxisKind.CausalKernel, 50)]
    public void A_gaussian_started_on_the_whole_axis_counts_exactly_its_length(AxisKind kind, int length)
    {
        using var mask = new GaussianMask(new MaskAxis(kind, length), new GaussianMaskOptions { InitialSize = 1 });
        mask.ActiveCount().Should().Be(length);
        mask.ContinuousCount().item<float>().Should().BeApproximately(length, 1e-3f);
    }

    [Theory]
    [InlineData(AxisKind.Ordinal, 4)]
    [InlineData(AxisKind.Ordinal, 64)]
    [InlineData(AxisKind.CentredKernel, 9)]
    [InlineData(AxisKind.CentredKernel, 8)]
    [InlineData(AxisKind.CausalKernel, 50)]
    public void The_whole_axis_counts_its_length_from_the_radius_that_keeps_it_whole(AxisKind kind, int length)
    {
        // A depth mask whose radius has just passed the last block computes all blocks; u + ½ charged the last one
        // between half and all of its cost there.
        var axis = new MaskAxis(kind, length);
        foreach (var steps in new[] { 0.0, 0.1, 0.3, 0.49 })
        {
            using var mask = OfRadius(axis, axis.MaxDistance / axis.Step + steps);
            mask.ActiveCount().Should().Be(length);
            mask.ContinuousCount().item<float>().Should().BeApproximately(length, 1e-3f, $"{steps} steps past the last position");
        }
        using var below = OfRadius(axis, axis.MaxDistance / axis.Step - 0.5);
        below.ActiveCount().Should().BeLessThan(length);
        below.ContinuousCount().item<float>().Should().BeApproximately(below.ActiveCount(), 1e-3f, "the middle of the step below");
    }

    static Mask OfRadius(MaskAxis axis, double steps) => axis.Kind == AxisKind.Ordinal
        ? new SigmoidMask(axis, new SigmoidMaskOptions { InitialSize = steps * axis.Step / (axis.MaxDistance + axis.Step / 2) })
        : GaussianOfRadius(axis, steps);

    static GaussianMask GaussianOfRadius(MaskAxis axis, double steps) =>
        new(axis, new GaussianMaskOptions { InitialSigma = steps * axis.Step / RootFactor });

    // Radii from 3 to 5 steps (two whole steps, so both parities of an even centred grid count), 200 points.
    static (double Continuous, double Realised) Averages(MaskAxis axis, Func<double, Mask> create)
    {
        double continuous = 0, realised = 0;
        const int points = 200;
        for (var i = 0; i < points; i++)
        {
            using var mask = create(3 + 2.0 * (i + 0.5) / points);
            continuous += mask.ContinuousCount().item<float>();
            realised += mask.ActiveCount();
        }
        return (continuous / points, realised / points);
    }
}
