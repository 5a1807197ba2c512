using System.Runtime.InteropServices;

namespace DNArch.Host.Hosting;

/// <summary>
/// libtorch's OpenMP threads spin for a while after each parallel region before they sleep. A training step runs
/// thousands of small regions, so when any other process wants a core, a spinning thread holds it while its peer
/// waits to be scheduled, and steps slow down several times over. dnarch sets <c>OMP_WAIT_POLICY=PASSIVE</c> (threads
/// sleep at once) unless the variable is already set; docs/benchmarks.md measures both policies.
/// </summary>
public static class OpenMpWaitPolicy
{
    public const string Variable = "OMP_WAIT_POLICY";

    static bool setHere;

    /// <summary>A line for the log: the policy in use and where it came from.</summary>
    public static string Describe() => setHere
        ? $"OpenMP wait policy: PASSIVE (set by dnarch; {Variable}=ACTIVE lets idle threads spin)."
        : Environment.GetEnvironmentVariable(Variable) is { } value
            ? $"OpenMP wait policy: {value} (from {Variable})."
            : "OpenMP wait policy: the OpenMP runtime's default.";

    /// <summary>Before libtorch loads: OpenMP reads its environment once, when its library is loaded.</summary>
    public static void Apply()
    {
        if (!OperatingSystem.IsLinux() || Environment.GetEnvironmentVariable(Variable) is not null) return;
        try
        {
            setHere = SetEnv(Variable, "PASSIVE", 0) == 0;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            // Not glibc: OpenMP keeps its own default.
        }
    }

    [DllImport("libc", EntryPoint = "setenv")]
    static extern int SetEnv(string name, string value, int overwrite);
}
