using DNArch.Abstractions.Configuration;
using DNArch.Abstractions.Launchers;
using DNArch.Abstractions.Plugins;
using DNArch.Engine.Configuration;
using DNArch.Engine.Runs;
using DNArch.Plugins.Sdk.IO;
using Microsoft.Extensions.Configuration;

namespace DNArch.Engine.Compare;

/// <summary>
/// A comparison run by a launcher plugin (<c>Compare:Launcher:Type</c>) as a sweep: a folder with the manifest, the
/// base configuration and one run directory per task; launching it, collecting its finished runs, and launching its
/// failed tasks again. Search settings are validated by each task, where its data and device are, not here.
/// </summary>
public sealed class SweepCoordinator(PluginResolver plugins)
{
    public static bool IsConfigured(IConfiguration configuration) =>
        !string.IsNullOrEmpty(configuration?[ConfigurationKeys.Compare.LauncherType]);

    /// <summary>Writes the sweep folder of the comparison <paramref name="configuration"/> describes and launches every task.</summary>
    /// <param name="program">How to start this <c>dnarch</c>, by absolute paths.</param>
    public async Task<(SweepManifest Manifest, LaunchRecord Launch)> StartAsync(IConfiguration configuration, IReadOnlyList<string> program, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var plan = ComparisonPlan.From(configuration);
        var options = configuration.GetSection(ConfigurationKeys.Compare.Launcher);
        var launcher = Resolve(options);
        var folder = RunDirectory.CreateNew(configuration[ConfigurationKeys.Search.Output] ?? "runs", configuration[ConfigurationKeys.Compare.Name] ?? "compare").Path;
        var baseConfiguration = Path.Combine(folder, "base.json");
        AtomicFile.WriteAllText(baseConfiguration, ConfigurationJson.Write(configuration, ConfigurationKeys.Compare.Section));
        var tasks = plan.Runs.Select((r, i) => new SweepTask(i, r.Name, r.Settings, Path.Combine(folder, r.Name))).ToList();
        var manifest = new SweepManifest(options["Type"]!, Flatten(options),
            new Sweep(folder, baseConfiguration, program, Directory.GetCurrentDirectory(), tasks));
        manifest.Write();
        try
        {
            return (manifest, await LaunchAsync(manifest.Sweep, launcher, options, [.. tasks.Select(t => t.Index)], cancellation));
        }
        catch (InvalidInputException)
        {
            // Nothing was started: leave no sweep folder behind for a rejected configuration.
            Directory.Delete(folder, recursive: true);
            throw;
        }
    }

    /// <summary>
    /// Launches again the tasks of the sweep in <paramref name="directory"/> that failed or went missing, with the
    /// recorded launcher options under those <paramref name="configuration"/> gives; null when there are none.
    /// </summary>
    public async Task<(SweepManifest Manifest, LaunchRecord? Launch)> ResubmitAsync(string directory, IConfiguration configuration, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var manifest = SweepManifest.Read(directory, "--resubmit");
        var collection = await CollectAsync(manifest, cancellation);
        var retry = collection.Unfinished.Where(u => u.Outcome != TaskOutcome.Running).Select(u => u.Task).ToList();
        if (retry.Count == 0) return (manifest, null);
        var options = new ConfigurationBuilder()
            .AddInMemoryCollection(manifest.LauncherOptions.Select(o => KeyValuePair.Create($"{ConfigurationKeys.Compare.Launcher}:{o.Key}", o.Value)))
            .AddConfiguration(configuration)
            .Build()
            .GetSection(ConfigurationKeys.Compare.Launcher);
        var launcher = Resolve(options);
        foreach (var task in retry) SetAside(task);
        return (manifest, await LaunchAsync(manifest.Sweep, launcher, options, [.. retry.Select(t => t.Index)], cancellation));
    }

    /// <summary>The finished runs of the sweep in <paramref name="directory"/> and its unfinished tasks; writes <c>compare.md</c> and <c>compare.csv</c> there.</summary>
    public async Task<SweepCollection> CollectAsync(string directory, CancellationToken cancellation) =>
        await CollectAsync(SweepManifest.Read(directory, "--collect"), cancellation);

    async Task<SweepCollection> CollectAsync(SweepManifest manifest, CancellationToken cancellation)
    {
        var sweep = manifest.Sweep;
        var launches = LaunchHistory.Read(sweep.Directory);
        var latest = LaunchHistory.Latest(launches);
        var states = await StatesAsync(sweep, launches, latest, cancellation);
        var rows = new List<ComparisonRow>();
        var unfinished = new List<UnfinishedTask>();
        foreach (var task in sweep.Tasks)
        {
            if (ComparisonRow.Read(ComparisonRun.Of(task.Name, task.Settings), task.RunDirectory) is { } row)
            {
                rows.Add(row);
                continue;
            }
            if (!latest.TryGetValue(task.Index, out var attempt))
            {
                unfinished.Add(new UnfinishedTask(task, TaskOutcome.NotLaunched, null, null, null));
                continue;
            }
            var state = states.GetValueOrDefault(task.Index);
            var exitCode = state?.ExitCode ?? attempt.Task.ExitCode;
            var outcome = state?.Active == true ? TaskOutcome.Running : exitCode is null ? TaskOutcome.Missing : TaskOutcome.Failed;
            unfinished.Add(new UnfinishedTask(task, outcome, exitCode, attempt.Task.Job ?? attempt.Launch.Result.JobId, attempt.Task.Log));
        }
        var table = ComparisonReport.Write(sweep.Directory, rows, unfinished);
        return new SweepCollection(sweep.Directory, rows, unfinished, table);
    }

    // Each launcher reports on the tasks whose current attempt it started.
    async Task<Dictionary<int, SweepTaskState>> StatesAsync(Sweep sweep, IReadOnlyList<LaunchRecord> launches,
        IReadOnlyDictionary<int, (LaunchRecord Launch, LaunchedTask Task)> latest, CancellationToken cancellation)
    {
        var states = new Dictionary<int, SweepTaskState>();
        foreach (var group in launches.GroupBy(l => l.Launcher, StringComparer.OrdinalIgnoreCase))
        {
            var launcher = plugins.Resolve<ILauncherPlugin>(PluginKind.Launcher, group.Key, "the launcher recorded in launches.json");
            foreach (var state in await launcher.StateAsync(sweep, [.. group.Select(l => l.Result)], cancellation))
                if (latest.TryGetValue(state.Index, out var attempt) && string.Equals(attempt.Launch.Launcher, group.Key, StringComparison.OrdinalIgnoreCase))
                    states[state.Index] = state;
        }
        return states;
    }

    async Task<LaunchRecord> LaunchAsync(Sweep sweep, ILauncherPlugin launcher, IConfigurationSection options, IReadOnlyList<int> indices, CancellationToken cancellation)
    {
        var result = await launcher.LaunchAsync(sweep, indices, options, cancellation);
        var launch = new LaunchRecord(options["Type"]!, DateTimeOffset.Now, result);
        LaunchHistory.Append(sweep.Directory, launch);
        return launch;
    }

    ILauncherPlugin Resolve(IConfigurationSection options) =>
        plugins.Resolve<ILauncherPlugin>(PluginKind.Launcher, options["Type"], ConfigurationKeys.Compare.LauncherType);

    static Dictionary<string, string?> Flatten(IConfigurationSection section) =>
        section.AsEnumerable(makePathsRelative: true).Where(e => e.Value is not null).ToDictionary(e => e.Key, e => e.Value);

    // A new attempt needs the task's run directory name free: the old attempt's folder is kept beside it.
    static void SetAside(SweepTask task)
    {
        if (!Directory.Exists(task.RunDirectory)) return;
        for (var n = 1; ; n++)
        {
            var aside = $"{task.RunDirectory}.attempt-{n}";
            if (Directory.Exists(aside)) continue;
            Directory.Move(task.RunDirectory, aside);
            return;
        }
    }
}
