namespace DNArch.Abstractions.Launchers;

/// <summary>One search of a sweep: its index (a Slurm array index), name, the settings it varies and its run directory.</summary>
public sealed record SweepTask(int Index, string Name, IReadOnlyDictionary<string, string?> Settings, string RunDirectory);
