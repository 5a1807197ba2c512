namespace DNArch.Benchmarks.Report;

static class Verdict
{
    public static string Of(bool met) => met ? "**met**" : "**missed**";

    public static string Ms(double value) => value.ToString("F1");

    public static string Ratio(double value) => value.ToString("F2");
}
