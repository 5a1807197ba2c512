using System.Runtime.InteropServices;

namespace DNArch.Host.Hosting;

/// <summary>
/// libtorch's OpenMP threads spin for a while after each parallel region before they sleep. A training step runs
/// thousands of small regions, so when any other process wants a core, a long spin holds it while its peer waits to be
/// scheduled, and steps slow down several times over; sleeping at once instead makes every region wait for a wake-up.
/// dnarch sets <c>OMP_WAIT_POLICY=PASSIVE</c> with a short spin (<c>GOMP_SPINCOUNT</c>) unless
/// <c>OMP_WAIT_POLICY</c> is already set; docs/benchmarks.md measures the policies.
/// </summary>
public static class OpenMpWaitPolicy
{
    public const string Variable = "OMP_WAIT_POLICY";

    /// <summary>libgomp's spins before an idle thread sleeps; it overrides the policy's own count.</summary>
    public const string SpinCountVariable = "GOMP_SPINCOUNT";

    /// <summary>Long enough to bridge the gap between a step's operators, short enough to give a contended core up soon.</summary>
    public const string SpinCount = "10000";

    static bool setHere;
    static string spins = SpinCount;

    /// <summary>A line for the log: the policy in use and where it came from.</summary>
    public static string Describe() => setHere
        ? $"OpenMP wait policy: PASSIVE after {spins} spins (set by dnarch; {Variable} or {SpinCountVariable} overrides)."
        : Environment.GetEnvironmentVariable(Variable) is { } value
            ? $"OpenMP wait policy: {value} (from {Variable})."
            : "OpenMP wait policy: the OpenMP runtime's default.";

    /// <summary>Before libtorch loads: OpenMP reads its environment once, when its library is loaded.</summary>
    public static void Apply()
    {
        if (!OperatingSystem.IsLinux() || Environment.GetEnvironmentVariable(Variable) is not null) return;
        spins = Environment.GetEnvironmentVariable(SpinCountVariable) ?? SpinCount;
        try
        {
            setHere = SetEnv(Variable, "PASSIVE", 0) == 0 && SetEnv(SpinCountVariable, SpinCount, 0) == 0;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            // Not glibc: OpenMP keeps its own default.
        }
    }

    [DllImport("libc", EntryPoint = "setenv")]
    static extern int SetEnv(string name, string value, int overwrite);
}
