using DNArch.Engine.Compare;
using DNArch.Engine.Configuration;
using DNArch.Plugins.Launchers;
using DNArch.Tests.Support;
using Microsoft.Extensions.Configuration;

namespace DNArch.Tests.Launchers;

/// <summary>Runs <c>dnarch compare</c> sweeps of tiny searches through the real program, and waits for Slurm jobs.</summary>
static class Sweeps
{
    static readonly TimeSpan JobTimeout = TimeSpan.FromMinutes(5);

    /// <summary><c>dnarch compare</c> of tiny 1-epoch searches into <c>temp/name</c>, with more <paramref name="arguments"/>.</summary>
    public static ProcessResult Compare(TempDirectory temp, string name, params string[] arguments)
    {
        var settings = EngineHost.TinySearch(temp.Path);
        settings["Search:Training:Epochs"] = "1";
        var config = temp.File("tiny.json", ConfigurationJson.Write(new ConfigurationBuilder().AddInMemoryCollection(settings).Build()));
        return DnarchProcess.Run(temp.Path, null,
        [
            "compare", "--config", config,
            $"--Plugins:Directories:0={DnarchProcess.BuiltInPluginFolder(temp)}",
            $"--Compare:Name={name}",
            .. arguments,
        ]);
    }

    /// <summary><c>dnarch</c> with the plugin folder <see cref="Compare"/> laid out, e.g. <c>compare --collect DIR</c>.</summary>
    public static ProcessResult Dnarch(TempDirectory temp, params string[] arguments) =>
        DnarchProcess.Run(temp.Path, null, [.. arguments, $"--Plugins:Directories:0={Path.Combine(temp.Path, "plugins")}"]);

    /// <summary>Waits until Slurm no longer has the latest job of the sweep queued or running.</summary>
    public static async Task WaitForSlurmAsync(string sweep)
    {
        var job = LaunchHistory.Read(sweep)[^1].Result.JobId ?? throw new InvalidOperationException($"{sweep}: the last launch has no Slurm job id.");
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            var (code, stdout, stderr) = await ChildProcess.RunAsync(["squeue", "--noheader", "--jobs", job], "", TimeSpan.FromSeconds(30), CancellationToken.None);
            if (code != 0 && !stderr.Contains("Invalid job id", StringComparison.OrdinalIgnoreCase))
                throw new InvalidOperationException($"squeue failed (exit code {code}): {stderr}");
            if (stdout.Trim().Length == 0) return;
            if (clock.Elapsed > JobTimeout)
                throw new TimeoutException($"Slurm job {job} of {sweep} still queued after {JobTimeout.TotalMinutes} minutes:\n{stdout}");
            await Task.Delay(TimeSpan.FromSeconds(1));
        }
    }

    public static string[] CsvRows(string sweep) => File.ReadAllLines(Path.Combine(sweep, "compare.csv"));
}
