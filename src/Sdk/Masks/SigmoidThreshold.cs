namespace DNArch.Plugins.Sdk.Masks;

/// <summary>
/// Where a decreasing sigmoid <c>m(x) = sigmoid(τ·(c − x))</c> falls to a threshold T: at <c>x = c + ln((1−T)/T)/τ</c>.
/// Masks and low-pass shapes built on a sigmoid keep what lies within that radius.
/// </summary>
public static class SigmoidThreshold
{
    /// <summary>
    /// <c>ln((1−T)/T)</c>: how far past its centre, in units of 1/τ, the sigmoid falls to <paramref name="threshold"/>
    /// (in (0, 1); negative above ½).
    /// </summary>
    public static double Margin(double threshold)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(threshold, 0);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(threshold, 1);
        return Math.Log((1 - threshold) / threshold);
    }
}
