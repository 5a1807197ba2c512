namespace DNArch.Plugins.Sdk.Conformance;

/// <summary>The verdict of one conformance check: passed, or failed with what was wrong.</summary>
public sealed record ConformanceResult(string Check, bool Passed, string Detail);
