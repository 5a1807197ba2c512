namespace DNArch.Benchmarks;

static class Rss
{
    /// <summary>Resident set size of this process in MiB, from /proc/self/status.</summary>
    public static double MiB() => Status("VmRSS:");

    /// <summary>Peak resident set size of this process in MiB (the high-water mark).</summary>
    public static double PeakMiB() => Status("VmHWM:");

    static double Status(string field)
    {
        var line = File.ReadLines("/proc/self/status").First(l => l.StartsWith(field, StringComparison.Ordinal));
        return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]) / 1024.0;
    }
}
