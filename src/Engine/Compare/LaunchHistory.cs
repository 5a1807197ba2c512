using System.Text.Json;
using DNArch.Abstractions.Launchers;
using DNArch.Engine.Runs;
using DNArch.Plugins.Sdk.IO;

namespace DNArch.Engine.Compare;

/// <summary>One launch of a sweep's tasks, as <c>launches.json</c> records it: which launcher, when, and what it started.</summary>
public sealed record LaunchRecord(string Launcher, DateTimeOffset At, LaunchResult Result);

/// <summary><c>launches.json</c> in a sweep folder: every launch in order (job ids, logs, exit codes); the last one of a task is its current attempt.</summary>
public static class LaunchHistory
{
    const string FileName = "launches.json";

    public static IReadOnlyList<LaunchRecord> Read(string sweepDirectory)
    {
        var path = Path.Combine(sweepDirectory, FileName);
        return File.Exists(path) ? JsonSerializer.Deserialize<List<LaunchRecord>>(File.ReadAllText(path), RunDirectory.Json) ?? [] : [];
    }

    public static void Append(string sweepDirectory, LaunchRecord launch) =>
        AtomicFile.WriteAllText(Path.Combine(sweepDirectory, FileName), JsonSerializer.Serialize<IReadOnlyList<LaunchRecord>>([.. Read(sweepDirectory), launch], RunDirectory.Json));

    /// <summary>The current attempt of each task: the last launch that started it.</summary>
    public static IReadOnlyDictionary<int, (LaunchRecord Launch, LaunchedTask Task)> Latest(IReadOnlyList<LaunchRecord> launches)
    {
        ArgumentNullException.ThrowIfNull(launches);
        var latest = new Dictionary<int, (LaunchRecord, LaunchedTask)>();
        foreach (var launch in launches)
            foreach (var task in launch.Result.Tasks)
                latest[task.Index] = (launch, task);
        return latest;
    }
}
