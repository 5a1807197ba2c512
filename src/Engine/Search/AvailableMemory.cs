using System.Globalization;

namespace DNArch.Engine.Search;

/// <summary>
/// Memory this process can still use on Linux: <c>MemAvailable</c> of <c>/proc/meminfo</c>, or less where its cgroup
/// (v2 <c>memory.max</c>, v1 <c>memory.limit_in_bytes</c>) caps it. Null where neither can be read.
/// </summary>
static class AvailableMemory
{
    public static double? Bytes()
    {
        var machine = MemAvailable();
        var cgroup = CgroupHeadroom();
        return machine is { } m && cgroup is { } c ? Math.Min(m, c) : machine ?? cgroup;
    }

    static double? MemAvailable()
    {
        var line = ReadLines("/proc/meminfo").FirstOrDefault(l => l.StartsWith("MemAvailable:", StringComparison.Ordinal));
        return line is not null && double.TryParse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture, out var kib)
            ? kib * 1024
            : null;
    }

    static double? CgroupHeadroom()
    {
        var group = ReadLines("/proc/self/cgroup").Select(l => l.Split(':', 3)).FirstOrDefault(p => p.Length == 3 && p[0] == "0")?[2];
        if (group is not null)
        {
            var folder = "/sys/fs/cgroup" + group;
            return Headroom(Path.Combine(folder, "memory.max"), Path.Combine(folder, "memory.current"));
        }
        return Headroom("/sys/fs/cgroup/memory/memory.limit_in_bytes", "/sys/fs/cgroup/memory/memory.usage_in_bytes");
    }

    static double? Headroom(string limitFile, string usageFile) =>
        Number(limitFile) is { } limit && limit < 1L << 60 ? limit - (Number(usageFile) ?? 0) : null;

    static double? Number(string file) =>
        double.TryParse(ReadLines(file).FirstOrDefault(), CultureInfo.InvariantCulture, out var value) ? value : null;

    static IEnumerable<string> ReadLines(string file)
    {
        try { return File.ReadAllLines(file); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return []; }
    }
}
