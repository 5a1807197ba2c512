using DNArch.Abstractions.Launchers;

namespace DNArch.Engine.Compare;

/// <summary>Why a task of a sweep has no result yet.</summary>
public enum TaskOutcome
{
    /// <summary>The launcher still has it queued or running.</summary>
    Running,
    /// <summary>It exited with a non-zero code (or with 0 but no final architecture).</summary>
    Failed,
    /// <summary>Launched, but no exit status: killed by the scheduler (time or memory limit), or its node failed.</summary>
    Missing,
    /// <summary>No launch started it.</summary>
    NotLaunched,
}

/// <summary>A task of a sweep without a finished run: its outcome and where to look (scheduler job, log).</summary>
public sealed record UnfinishedTask(SweepTask Task, TaskOutcome Outcome, int? ExitCode, string? Job, string? Log)
{
    /// <summary>The outcome in a few words, for counts ("2 failed, 1 still queued or running").</summary>
    public static string Label(TaskOutcome outcome) => outcome switch
    {
        TaskOutcome.Running => "still queued or running",
        TaskOutcome.Failed => "failed",
        TaskOutcome.Missing => "missing",
        _ => "never launched",
    };

    public string Describe()
    {
        var what = Outcome switch
        {
            TaskOutcome.Failed => $"failed with exit code {ExitCode}",
            TaskOutcome.Missing => "missing: no exit status (killed by the scheduler, out of time or memory, or its node failed)",
            _ => Label(Outcome),
        };
        var where = string.Join(", ", new[] { Job is null ? null : $"job {Job}", Log is null ? null : $"log {Log}" }.OfType<string>());
        return $"task {Task.Index} {Task.Name}: {what}" + (where.Length > 0 ? $" ({where})" : "");
    }
}
