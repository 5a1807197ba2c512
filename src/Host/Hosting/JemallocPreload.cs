using System.Collections;
using System.Runtime.InteropServices;

namespace DNArch.Host.Hosting;

/// <summary>
/// Runs <c>dnarch</c> on jemalloc when the system has it (Debian: <c>libjemalloc2</c>). Under glibc's malloc the
/// buffers that TorchSharp frees at the end of each dispose scope fragment the heap: peak RSS well above PyTorch's
/// for the same sequence network, below it on jemalloc, and steps faster (docs/benchmarks.md, part 1). An allocator
/// can only be preloaded before a process starts, so the process replaces itself (<c>execve</c>: same program,
/// arguments and PID, so signals and exit codes are unchanged) with <c>LD_PRELOAD</c> set.
/// <c>DNARCH_ALLOCATOR=glibc</c> opts out; an <c>LD_PRELOAD</c> of the user's own is left alone.
/// </summary>
public static class JemallocPreload
{
    /// <summary>Chooses the allocator: <c>jemalloc</c> (the default when installed) or <c>glibc</c>.</summary>
    public const string Variable = "DNARCH_ALLOCATOR";

    // Freed pages stay mapped for reuse: returned, they would be faulted in again on every training step.
    const string Configuration = "dirty_decay_ms:-1,muzzy_decay_ms:-1";

    /// <summary>Where Debian installs jemalloc for this machine's architecture.</summary>
    public static string Library => RuntimeInformation.ProcessArchitecture == Architecture.Arm64
        ? "/usr/lib/aarch64-linux-gnu/libjemalloc.so.2"
        : "/usr/lib/x86_64-linux-gnu/libjemalloc.so.2";

    /// <summary>Whether jemalloc is mapped into this process.</summary>
    public static bool Active => OperatingSystem.IsLinux() &&
        File.ReadLines("/proc/self/maps").Any(l => l.EndsWith("/libjemalloc.so.2", StringComparison.Ordinal));

    static bool OptedOut => Environment.GetEnvironmentVariable(Variable) == "glibc";

    // Whatever LD_PRELOAD holds (ours after the re-exec, or the user's own), or null.
    static string? Preloaded => Environment.GetEnvironmentVariable("LD_PRELOAD") is { Length: > 0 } value ? value : null;

    /// <summary>A line for the log: the allocator in use and how to change it.</summary>
    public static string Describe()
    {
        if (Active) return $"Memory allocator: jemalloc ({Library}); {Variable}=glibc runs on glibc's malloc.";
        if (OptedOut) return $"Memory allocator: glibc's malloc ({Variable}=glibc).";
        if (Preloaded is { } preload)
            return $"Memory allocator: as preloaded by LD_PRELOAD={preload}, or glibc's malloc.";
        return $"Memory allocator: glibc's malloc; with {Library} installed (Debian: libjemalloc2) dnarch runs on " +
               "jemalloc, which keeps peak memory lower.";
    }

    /// <summary>
    /// Replaces this process with itself on jemalloc, or returns when that does not apply or fails. For a program's
    /// first statement only: whatever the process did before is lost.
    /// </summary>
    public static void Apply()
    {
        if (!OperatingSystem.IsLinux() || OptedOut || Preloaded is not null || !File.Exists(Library)) return;
        string[] arguments;
        try
        {
            arguments = File.ReadAllText("/proc/self/cmdline").TrimEnd('\0').Split('\0');
        }
        catch (IOException)
        {
            return;
        }
        var environment = Environment.GetEnvironmentVariables().Cast<DictionaryEntry>()
            .ToDictionary(e => (string)e.Key, e => (string?)e.Value ?? "", StringComparer.Ordinal);
        environment["LD_PRELOAD"] = Library;
        environment[Variable] = "jemalloc";
        environment.TryAdd("MALLOC_CONF", Configuration);
        try
        {
            Execve("/proc/self/exe", [.. arguments, null], [.. environment.Select(e => $"{e.Key}={e.Value}"), null]);
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            // Not glibc: run on as we are.
        }
        // execve returned: it failed, and this process goes on with glibc's malloc.
    }

    [DllImport("libc", EntryPoint = "execve", SetLastError = true)]
    static extern int Execve(string path, string?[] arguments, string?[] environment);
}
