using DNArch.Engine.Compare;
using DNArch.Engine.Reporting;
using DNArch.Engine.Search;

namespace DNArch.Tests.Compare;

/// <summary>Mean, sd and the Student's t interval; the Pareto front; how figures are shown.</summary>
public sealed class StatisticsTests
{
    [Fact]
    public void The_95_percent_interval_of_the_mean_uses_student_s_t_with_n_minus_1_degrees_of_freedom()
    {
        var stats = SampleStatistics.Of([1, 2, 3, 4]);

        stats.Mean.Should().Be(2.5);
        stats.StandardDeviation.Should().BeApproximately(1.290994, 1e-6);
        // t(0.975, 3) = 3.182446: the interval is 1.62 times wider than the normal 1.96 would make it.
        stats.HalfWidth95.Should().BeApproximately(3.182446 * 1.290994 / 2, 1e-5);
    }

    [Fact]
    public void One_value_has_a_mean_but_no_spread() =>
        SampleStatistics.Of([0.9]).Should().Be(new SampleStatistics(1, 0.9, null, null));

    [Fact]
    public void The_pareto_front_keeps_points_no_cheaper_point_beats_cheapest_first()
    {
        (double, double)[] points = [(10, 0.9), (5, 0.8), (7, 0.7), (12, 0.95), (5, 0.6), (11, 0.85)];

        ParetoFront.Of(points, higherIsBetter: true).Should().Equal(1, 0, 3);
        ParetoFront.Of(points, higherIsBetter: false).Should().Equal(4);
    }

    [Theory]
    [InlineData("testAccuracy", 0.9876, "98.76%")]
    [InlineData("valAccuracy", 1.0, "100.00%")]
    [InlineData("testError", 0.01234, "0.0123")]
    public void Accuracy_is_shown_in_percent_and_an_error_as_a_number(string figure, double value, string shown) =>
        TaskFigures.Format(figure, value).Should().Be(shown);

    [Theory]
    [InlineData(1234567, "1.23M")]
    [InlineData(45600, "45.6k")]
    [InlineData(512, "512")]
    [InlineData(2.5e9, "2.5G")]
    public void Costs_are_compact(double value, string shown) => Numbers.Compact(value).Should().Be(shown);
}
