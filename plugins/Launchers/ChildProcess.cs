using System.ComponentModel;
using System.Diagnostics;
using System.Runtime.InteropServices;
using DNArch.Abstractions.Configuration;

namespace DNArch.Plugins.Launchers;

/// <summary>Child processes of a launcher: started with their output captured, and asked to stop as Ctrl+C would.</summary>
static class ChildProcess
{
    const int SigTerm = 15;

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    static extern int Kill(int pid, int signal);

    /// <summary>Starts <paramref name="command"/> (program, then arguments); a missing program is an input error, explained by <paramref name="hint"/>.</summary>
    public static Process Start(IReadOnlyList<string> command, string? workingDirectory, string hint)
    {
        var start = new ProcessStartInfo(command[0])
        {
            WorkingDirectory = workingDirectory ?? "",
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var argument in command.Skip(1)) start.ArgumentList.Add(argument);
        try
        {
            var process = Process.Start(start)!;
            process.StandardInput.Close();
            return process;
        }
        catch (Win32Exception e)
        {
            throw InvalidInputException.ForKey(ConfigurationKeys.Compare.LauncherType, $"cannot start '{command[0]}' ({e.Message})", hint);
        }
    }

    /// <summary>Runs a short command to its end, within <paramref name="timeout"/>: exit code, stdout, stderr.</summary>
    public static async Task<(int ExitCode, string StdOut, string StdErr)> RunAsync(IReadOnlyList<string> command, string hint, TimeSpan timeout, CancellationToken cancellation)
    {
        using var process = Start(command, null, hint);
        var stdout = process.StandardOutput.ReadToEndAsync(cancellation);
        var stderr = process.StandardError.ReadToEndAsync(cancellation);
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        limit.CancelAfter(timeout);
        try
        {
            await process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException) when (!cancellation.IsCancellationRequested)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"'{string.Join(' ', command)}' did not answer in {timeout.TotalSeconds:0} s.");
        }
        return (process.ExitCode, await stdout, await stderr);
    }

    /// <summary>SIGTERM, which <c>dnarch</c> answers by stopping after its last checkpoint (exit 130); killed if it has not exited after <paramref name="grace"/>.</summary>
    public static void Stop(Process process, TimeSpan grace)
    {
        if (process.HasExited) return;
        if (OperatingSystem.IsWindows() || Kill(process.Id, SigTerm) != 0 || !process.WaitForExit(grace))
            process.Kill(entireProcessTree: true);
    }
}
