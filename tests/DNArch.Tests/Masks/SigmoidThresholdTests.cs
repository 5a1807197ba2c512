using DNArch.Plugins.Sdk.Masks;

namespace DNArch.Tests.Masks;

public sealed class SigmoidThresholdTests
{
    [Theory]
    [InlineData(0.1)]
    [InlineData(0.5)]
    [InlineData(0.9)]
    public void A_decreasing_sigmoid_equals_the_threshold_at_its_margin(double threshold)
    {
        const double centre = 0.3, temperature = 7;
        var radius = centre + SigmoidThreshold.Margin(threshold) / temperature;
        (1 / (1 + Math.Exp(-temperature * (centre - radius)))).Should().BeApproximately(threshold, 1e-12);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(1.0)]
    public void A_threshold_outside_zero_to_one_is_refused(double threshold) =>
        FluentActions.Invoking(() => SigmoidThreshold.Margin(threshold)).Should().Throw<ArgumentOutOfRangeException>();
}
