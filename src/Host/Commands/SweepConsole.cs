using System.Reflection;
using DNArch.Engine.Compare;
using DNArch.Host.Terminal;
using Microsoft.Extensions.Configuration;

namespace DNArch.Host.Commands;

/// <summary>
/// The sweep side of <c>dnarch compare</c>: launching a comparison with its launcher plugin, <c>--collect</c> and
/// <c>--resubmit</c>, and what they print. Collecting exits 0 when every task finished, 1 (with the list of the
/// others on stdout and a one-line message on stderr) when some failed, went missing or are still running.
/// Redirected, reports go to stdout as whole lines, never wrapped to a terminal width, for scripts that read them.
/// </summary>
public sealed class SweepConsole(SweepCoordinator sweeps, IConfiguration configuration, ComparisonConsole table)
{
    public async Task<int> StartAsync(CancellationToken cancellation)
    {
        var (manifest, launch) = await sweeps.StartAsync(configuration, ProgramCommand(), cancellation);
        return await ReportAsync(manifest, launch, cancellation);
    }

    public async Task<int> ResubmitAsync(string directory, CancellationToken cancellation)
    {
        var (manifest, launch) = await sweeps.ResubmitAsync(directory, configuration, cancellation);
        if (launch is not null) return await ReportAsync(manifest, launch, cancellation);
        Console.Out.WriteLine($"nothing to resubmit: every task of {manifest.Sweep.Directory} finished or is still running.");
        return DnarchProgram.Success;
    }

    public async Task<int> CollectAsync(string directory, CancellationToken cancellation)
    {
        var collection = await sweeps.CollectAsync(directory, cancellation);
        table.Write(collection.Directory, collection.Table);
        if (collection.Complete) return DnarchProgram.Success;
        await Console.Error.WriteLineAsync(
            $"dnarch: {collection.Unfinished.Count} of {collection.Rows.Count + collection.Unfinished.Count} tasks have no result ({collection.UnfinishedCounts}); " +
            $"'dnarch compare --resubmit {collection.Directory}' runs the failed and missing ones again.");
        return DnarchProgram.Failure;
    }

    // A launcher that ran the tasks in the foreground knows every exit code: collect at once. Otherwise they are queued.
    async Task<int> ReportAsync(SweepManifest manifest, LaunchRecord launch, CancellationToken cancellation)
    {
        if (launch.Result.Tasks.All(t => t.ExitCode is not null)) return await CollectAsync(manifest.Sweep.Directory, cancellation);
        var job = launch.Result.JobId is { } id ? $" as job {id}" : "";
        Console.Out.WriteLine($"{launch.Launcher}: submitted {launch.Result.Tasks.Count} tasks{job}; logs in {Path.GetDirectoryName(launch.Result.Tasks[0].Log)}");
        Console.Out.WriteLine($"when they have finished: dnarch compare --collect {manifest.Sweep.Directory}");
        return DnarchProgram.Success;
    }

    /// <summary>This program by absolute paths, as a task on another node starts it: <c>dotnet dnarch.dll</c> or the <c>dnarch</c> executable.</summary>
    static IReadOnlyList<string> ProgramCommand()
    {
        var process = Environment.ProcessPath ?? throw new InvalidOperationException("The path of the running program is unknown.");
        var entry = Assembly.GetEntryAssembly()?.Location;
        return Path.GetFileNameWithoutExtension(process) == "dotnet" && !string.IsNullOrEmpty(entry) ? [process, entry] : [process];
    }
}
