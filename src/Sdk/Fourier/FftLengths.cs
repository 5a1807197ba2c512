namespace DNArch.Plugins.Sdk.Fourier;

/// <summary>
/// Transform lengths whose real FFTs are fast: odd lengths and large prime factors cost several times more per point
/// (measured in docs/benchmarks.md, "The depthwise convolution").
/// </summary>
public static class FftLengths
{
    /// <summary>Lengths up to this are all fast.</summary>
    public const long Short = 16;

    /// <summary>Above this, padded transforms take a multiple of 8 (<see cref="AtLeast"/>).</summary>
    public const long Long = 64;

    /// <summary>
    /// Whether <paramref name="length"/> (≥ 1) is fast: at most <see cref="Short"/> (so short that its factors hardly
    /// matter), or even without a prime factor above 11.
    /// </summary>
    public static bool IsFast(long length)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(length, 1);
        return length <= Short || (length % 2 == 0 && Smooth(length, 11));
    }

    /// <summary>
    /// The length to pad a transform of at least <paramref name="minimum"/> points to. Padding costs only compute, so
    /// above <see cref="Long"/> it takes the fastest form measured, a multiple of 8 without a prime factor above 7; up
    /// to 64, where multiples of 8 are far apart, the next fast length (docs/benchmarks.md, "The depthwise convolution").
    /// </summary>
    public static long AtLeast(long minimum)
    {
        var length = Math.Max(1, minimum);
        if (length <= Long)
        {
            while (!IsFast(length)) length++;
            return length;
        }
        length = (length + 7) / 8 * 8;
        while (!Smooth(length, 7)) length += 8;
        return length;
    }

    /// <summary>
    /// The largest fast length ≤ <paramref name="maximum"/> (≥ 1): for a size that must be kept small, such as a
    /// resampler's output, the nearest fast one.
    /// </summary>
    public static long AtMost(long maximum)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maximum, 1);
        var length = maximum;
        while (!IsFast(length)) length--;
        return length;
    }

    static bool Smooth(long length, int largestPrime)
    {
        foreach (var prime in (ReadOnlySpan<int>)[2, 3, 5, 7, 11])
        {
            if (prime > largestPrime) break;
            while (length % prime == 0) length /= prime;
        }
        return length == 1;
    }
}
