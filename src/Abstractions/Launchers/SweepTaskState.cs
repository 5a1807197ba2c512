namespace DNArch.Abstractions.Launchers;

/// <summary>What a launcher knows of a task's current attempt: still queued or running, or exited with a code.</summary>
public sealed record SweepTaskState(int Index, bool Active, int? ExitCode);
