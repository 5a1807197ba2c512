namespace DNArch.Plugins.Sdk.Conformance;

/// <summary>A plugin broke a rule of its kind's contract; the message says which and what was seen.</summary>
public sealed class ConformanceException(string message) : Exception(message);
