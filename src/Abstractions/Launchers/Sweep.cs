namespace DNArch.Abstractions.Launchers;

/// <summary>
/// The searches of one comparison, ready to run anywhere the sweep folder is visible: every task is
/// <c>Program search --config BaseConfiguration --Search:Output=Directory --Search:Name=task.Name</c> plus the task's
/// settings, started in <paramref name="WorkingDirectory"/> (where relative data paths resolve).
/// </summary>
/// <param name="Directory">The sweep folder (absolute): manifest, base configuration, run directories, logs.</param>
/// <param name="BaseConfiguration">JSON file holding the configuration every task shares.</param>
/// <param name="Program">How to start <c>dnarch</c>, by absolute paths (e.g. <c>dotnet /opt/dnarch/dnarch.dll</c>).</param>
public sealed record Sweep(string Directory, string BaseConfiguration, IReadOnlyList<string> Program, string WorkingDirectory,
    IReadOnlyList<SweepTask> Tasks)
{
    /// <summary>The command line of one task: program, then its arguments.</summary>
    public IReadOnlyList<string> CommandOf(SweepTask task)
    {
        ArgumentNullException.ThrowIfNull(task);
        return
        [
            .. Program,
            "search",
            "--config", BaseConfiguration,
            $"--Search:Output={Directory}",
            $"--Search:Name={task.Name}",
            .. task.Settings.Select(s => $"--{s.Key}={s.Value}"),
        ];
    }
}
