using System.Globalization;

namespace DNArch.Engine.Reporting;

/// <summary>Numbers for people: costs with a k/M/G suffix and three significant digits, everything in the invariant culture.</summary>
public static class Numbers
{
    /// <summary>1234567 → "1.23M", 45600 → "45.6k", 512 → "512".</summary>
    public static string Compact(double value)
    {
        var magnitude = Math.Abs(value);
        var (scaled, suffix) = magnitude >= 1e9 ? (value / 1e9, "G") : magnitude >= 1e6 ? (value / 1e6, "M") : magnitude >= 1e3 ? (value / 1e3, "k") : (value, "");
        var digits = Math.Abs(scaled) >= 100 ? "0" : Math.Abs(scaled) >= 10 ? "0.#" : "0.##";
        return scaled.ToString(digits, CultureInfo.InvariantCulture) + suffix;
    }

    public static string Invariant(double value, string format) => value.ToString(format, CultureInfo.InvariantCulture);
}
