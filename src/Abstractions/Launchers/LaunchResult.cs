namespace DNArch.Abstractions.Launchers;

/// <summary>What one launch started: the scheduler's job id (if any) and, per task, its log and exit code (if known yet).</summary>
public sealed record LaunchResult(string? JobId, IReadOnlyList<LaunchedTask> Tasks);

/// <param name="Job">The task's id in the scheduler (e.g. Slurm's <c>123_4</c>), or null.</param>
/// <param name="ExitCode">Known when the launcher ran the task in the foreground; null while a scheduler has it.</param>
public sealed record LaunchedTask(int Index, string Log, int? ExitCode = null, string? Job = null);
