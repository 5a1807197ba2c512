using System.Globalization;
using DNArch.Abstractions.Configuration;
using DNArch.Abstractions.Launchers;
using DNArch.Abstractions.Plugins;
using DNArch.Plugins.Sdk.IO;
using Microsoft.Extensions.Configuration;

namespace DNArch.Plugins.Launchers;

/// <summary>
/// Submits a sweep as one Slurm job array: writes <c>slurm/sweep.sbatch</c> in the sweep folder and runs
/// <c>sbatch --array=&lt;indices&gt;</c>; each array task runs its search and leaves its exit code in
/// <c>slurm/exit/&lt;index&gt;</c>, its output in <c>logs/&lt;job&gt;_&lt;index&gt;.log</c>.
/// </summary>
[Plugin(PluginKind.Launcher, "slurm", "Submits a sweep's searches as a Slurm job array (sbatch); collect with compare --collect", Options = typeof(SlurmLauncherOptions))]
public sealed class SlurmLauncher : ILauncherPlugin
{
    static readonly TimeSpan CommandTimeout = TimeSpan.FromMinutes(1);
    const string OnSubmitHost = "The slurm launcher runs sbatch and squeue: use it on a Slurm submit host (both on PATH).";

    public async Task<LaunchResult> LaunchAsync(Sweep sweep, IReadOnlyList<int> indices, IConfiguration options, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(sweep);
        ArgumentNullException.ThrowIfNull(indices);
        var settings = PluginOptions.Bind<SlurmLauncherOptions>(options);
        var files = new SlurmFiles(sweep.Directory);
        Directory.CreateDirectory(files.Logs);
        Directory.CreateDirectory(files.ExitCodes);
        AtomicFile.WriteAllText(files.Script, SlurmScript.Write(sweep, settings, files));
        foreach (var index in indices) File.Delete(files.ExitCode(index));

        var array = SlurmScript.ArraySpec(indices) + (settings.Parallel is { } limit ? $"%{limit.ToString(CultureInfo.InvariantCulture)}" : "");
        var (code, stdout, stderr) = await ChildProcess.RunAsync(
            ["sbatch", "--parsable", $"--array={array}", files.Script], OnSubmitHost, CommandTimeout, cancellation);
        if (code != 0)
            throw InvalidInputException.ForKey(ConfigurationKeys.Compare.Launcher, $"sbatch refused the job array (exit code {code}: {stderr.Trim()})",
                "Check Partition, Account, Time, CpusPerTask, Mem and Gres against what 'sinfo' shows.");
        // --parsable prints "jobid" or "jobid;cluster".
        var job = stdout.Trim().Split(';')[0];
        return new LaunchResult(job, [.. indices.Select(i => new LaunchedTask(i, files.Log(job, i), Job: $"{job}_{i.ToString(CultureInfo.InvariantCulture)}"))]);
    }

    public async Task<IReadOnlyList<SweepTaskState>> StateAsync(Sweep sweep, IReadOnlyList<LaunchResult> launches, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(sweep);
        ArgumentNullException.ThrowIfNull(launches);
        var files = new SlurmFiles(sweep.Directory);
        var jobOf = new Dictionary<int, string>();
        foreach (var launch in launches.Where(l => l.JobId is not null))
            foreach (var task in launch.Tasks) jobOf[task.Index] = launch.JobId!;
        var queued = new Dictionary<string, IReadOnlySet<int>>();
        var states = new List<SweepTaskState>();
        foreach (var (index, job) in jobOf.OrderBy(j => j.Key))
        {
            if (ReadExitCode(files.ExitCode(index)) is { } exitCode)
            {
                states.Add(new SweepTaskState(index, Active: false, exitCode));
                continue;
            }
            if (!queued.TryGetValue(job, out var indices)) queued[job] = indices = await QueuedAsync(job, cancellation);
            states.Add(new SweepTaskState(index, indices.Contains(index), ExitCode: null));
        }
        return states;
    }

    // The array indices of job that Slurm still has pending or running. A job Slurm has forgotten is no longer queued.
    static async Task<IReadOnlySet<int>> QueuedAsync(string job, CancellationToken cancellation)
    {
        var (code, stdout, stderr) = await ChildProcess.RunAsync(["squeue", "--noheader", "--array", "--jobs", job, "--format=%K"],
            OnSubmitHost, CommandTimeout, cancellation);
        if (code != 0)
        {
            if (stderr.Contains("Invalid job id", StringComparison.OrdinalIgnoreCase)) return new HashSet<int>();
            throw new InvalidOperationException($"squeue could not say whether job {job} is still queued (exit code {code}: {stderr.Trim()}); collect on a machine that reaches the Slurm controller.");
        }
        return stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(l => int.TryParse(l, NumberStyles.None, CultureInfo.InvariantCulture, out var i) ? i : -1).Where(i => i >= 0).ToHashSet();
    }

    static int? ReadExitCode(string path) =>
        File.Exists(path) && int.TryParse(File.ReadAllText(path).Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var code) ? code : null;
}
