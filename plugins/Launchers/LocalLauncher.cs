using DNArch.Abstractions.Configuration;
using DNArch.Abstractions.Launchers;
using DNArch.Abstractions.Plugins;
using Microsoft.Extensions.Configuration;

namespace DNArch.Plugins.Launchers;

/// <summary>
/// Runs a sweep's searches as <c>dnarch search</c> processes on this machine, <c>Parallel</c> at a time, each with
/// its output in <c>logs/&lt;name&gt;.log</c> of the sweep folder; returns when all have exited.
/// </summary>
[Plugin(PluginKind.Launcher, "local", "Runs a sweep's searches as parallel processes on this machine (Compare:Launcher:Parallel at once)", Options = typeof(LocalLauncherOptions))]
public sealed class LocalLauncher : ILauncherPlugin
{
    static readonly TimeSpan StopGrace = TimeSpan.FromSeconds(30);

    public async Task<LaunchResult> LaunchAsync(Sweep sweep, IReadOnlyList<int> indices, IConfiguration options, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(sweep);
        ArgumentNullException.ThrowIfNull(indices);
        var settings = PluginOptions.Bind<LocalLauncherOptions>(options);
        var tasks = indices.Select(i => sweep.Tasks.Single(t => t.Index == i)).ToList();
        var logs = Directory.CreateDirectory(Path.Combine(sweep.Directory, "logs")).FullName;
        var launched = new LaunchedTask[tasks.Count];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = settings.Parallel, CancellationToken = cancellation };
        await Parallel.ForEachAsync(Enumerable.Range(0, tasks.Count), parallel, async (n, token) =>
        {
            var log = NewLog(logs, tasks[n].Name);
            launched[n] = new LaunchedTask(tasks[n].Index, log, await RunAsync(sweep.CommandOf(tasks[n]), sweep.WorkingDirectory, log, token));
        });
        return new LaunchResult(JobId: null, launched);
    }

    // The tasks ran in the foreground: their exit codes are in the launches already.
    public Task<IReadOnlyList<SweepTaskState>> StateAsync(Sweep sweep, IReadOnlyList<LaunchResult> launches, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(launches);
        IReadOnlyList<SweepTaskState> states = launches.SelectMany(l => l.Tasks).GroupBy(t => t.Index)
            .Select(g => new SweepTaskState(g.Key, Active: false, g.Last().ExitCode)).ToList();
        return Task.FromResult(states);
    }

    static async Task<int> RunAsync(IReadOnlyList<string> command, string workingDirectory, string log, CancellationToken cancellation)
    {
        await using var writer = new StreamWriter(log) { AutoFlush = true };
        var gate = new object();
        using var process = ChildProcess.Start(command, workingDirectory, "The sweep's program (in sweep.json) must exist on this machine.");
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (gate) writer.WriteLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (gate) writer.WriteLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await process.WaitForExitAsync(cancellation);
        }
        catch (OperationCanceledException)
        {
            ChildProcess.Stop(process, StopGrace);
            throw;
        }
        process.WaitForExit(); // the last output lines
        return process.ExitCode;
    }

    // An earlier attempt's log stays: name.log, name-2.log, ...
    static string NewLog(string folder, string name)
    {
        for (var n = 1; ; n++)
        {
            var path = Path.Combine(folder, n == 1 ? $"{name}.log" : $"{name}-{n}.log");
            if (!File.Exists(path)) return path;
        }
    }
}
