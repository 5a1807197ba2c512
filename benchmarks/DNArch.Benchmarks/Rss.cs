namespace DNArch.Benchmarks;

static class Rss
{
    /// <summary>Resident set size of this process in MiB, from /proc/self/status.</summary>
    public static double MiB()
    {
        var line = File.ReadLines("/proc/self/status").First(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]) / 1024.0;
    }
}
