using System.Runtime.InteropServices;

namespace DNArch.Host.Hosting;

/// <summary>
/// glibc gives every thread that allocates its own malloc arena; libtorch's worker threads then fragment them and
/// the process's RSS creeps up over a long run although no tensor leaks. Capping the arenas (what MALLOC_ARENA_MAX
/// does, which must be set before the process starts) keeps memory flat.
/// </summary>
static class MallocArenas
{
    const int ArenaMax = -8; // M_ARENA_MAX in malloc.h

    [DllImport("libc", EntryPoint = "mallopt")]
    static extern int MallOpt(int parameter, int value);

    public static void Limit(int arenas)
    {
        if (!OperatingSystem.IsLinux() || Environment.GetEnvironmentVariable("MALLOC_ARENA_MAX") is not null) return;
        try
        {
            MallOpt(ArenaMax, arenas);
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            // Not glibc (e.g. musl): nothing to tune.
        }
    }
}
