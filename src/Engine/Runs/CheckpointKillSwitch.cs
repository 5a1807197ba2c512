using System.Diagnostics;

namespace DNArch.Engine.Runs;

/// <summary>
/// Test hook for the kill-at-any-moment tests: with <c>DNARCH_TEST_KILL_IN_CHECKPOINT=N</c> the process SIGKILLs
/// itself halfway through writing its N-th checkpoint (counted from 1 in each process), a window too short to hit
/// by timing. Unset, as in normal use, it does nothing.
/// </summary>
static class CheckpointKillSwitch
{
    public const string Variable = "DNARCH_TEST_KILL_IN_CHECKPOINT";

    static readonly int Target = int.TryParse(Environment.GetEnvironmentVariable(Variable), out var n) ? n : 0;
    static int written;

    /// <summary>Called with the checkpoint's temporary file half written.</summary>
    public static void MidWrite(Stream partial)
    {
        if (Target == 0 || Interlocked.Increment(ref written) != Target) return;
        partial.Flush();
        using var self = Process.GetCurrentProcess();
        self.Kill();
        Thread.Sleep(Timeout.Infinite);
    }
}
