using DNArch.Plugins.Sdk.Fourier;

namespace DNArch.Tests.Fourier;

public sealed class FftLengthsTests
{
    [Theory]
    [InlineData(1, true)]
    [InlineData(784, true)]
    [InlineData(1568, true)]
    [InlineData(622, false)]
    [InlineData(493, false)]
    [InlineData(616, true)]
    public void Fast_lengths_are_short_or_even_with_no_prime_factor_above_11(long length, bool fast) =>
        FftLengths.IsFast(length).Should().Be(fast);

    [Theory]
    [InlineData(1567, 1568)]
    [InlineData(1094, 1120)]
    [InlineData(695, 720)]
    [InlineData(97, 112)]
    [InlineData(65, 72)]
    [InlineData(64, 64)]
    [InlineData(44, 44)]
    [InlineData(43, 44)]
    [InlineData(0, 1)]
    public void At_least_pads_to_a_fast_length_and_above_64_to_a_7_smooth_multiple_of_8(long minimum, long expected) =>
        FftLengths.AtLeast(minimum).Should().Be(expected);

    [Theory]
    [InlineData(622, 616)]
    [InlineData(493, 490)]
    [InlineData(391, 384)]
    [InlineData(23, 22)]
    [InlineData(17, 16)]
    [InlineData(3, 3)]
    [InlineData(1, 1)]
    public void At_most_rounds_down_to_the_previous_fast_length(long maximum, long expected) =>
        FftLengths.AtMost(maximum).Should().Be(expected);

    [Fact]
    public void Every_length_between_a_bound_and_its_rounding_is_slow()
    {
        for (var n = 1L; n <= 2000; n++)
        {
            for (var m = FftLengths.AtMost(n) + 1; m <= n; m++) FftLengths.IsFast(m).Should().BeFalse();
            var padded = FftLengths.AtLeast(n);
            padded.Should().BeGreaterThanOrEqualTo(n);
            FftLengths.IsFast(padded).Should().BeTrue();
            if (n <= FftLengths.Long)
                for (var m = n; m < padded; m++) FftLengths.IsFast(m).Should().BeFalse();
        }
    }
}
