using System.ComponentModel;
using DNArch.Plugins.Launchers;

namespace DNArch.Tests.Launchers;

/// <summary>
/// A test that needs a Slurm cluster answering on this machine (<c>.ci/slurm.sh</c> starts one); skipped, with the
/// reason, where there is none.
/// </summary>
public sealed class SlurmFactAttribute : FactAttribute
{
    static readonly Lazy<string?> Unavailable = new(Probe);

    public SlurmFactAttribute()
    {
        if (Unavailable.Value is { } reason) Skip = reason;
    }

    static string? Probe()
    {
        const string fix = "Run .ci/slurm.sh (as root) to start a single-node cluster on localhost.";
        try
        {
            var (code, stdout, stderr) = ChildProcess.RunAsync(["sinfo", "--noheader", "--format=%T"], "", TimeSpan.FromSeconds(15), CancellationToken.None)
                .GetAwaiter().GetResult();
            if (code != 0) return $"No Slurm cluster answers: sinfo exited with {code} ({stderr.Trim()}). {fix}";
            return stdout.Contains("idle", StringComparison.Ordinal) || stdout.Contains("mix", StringComparison.Ordinal) || stdout.Contains("alloc", StringComparison.Ordinal)
                ? null
                : $"Slurm answers but has no usable node (sinfo: '{stdout.Trim()}'). {fix}";
        }
        catch (Exception e) when (e is Win32Exception or TimeoutException or Abstractions.Configuration.InvalidInputException)
        {
            return $"No Slurm on this machine (sinfo: {e.Message}). {fix}";
        }
    }
}
