namespace DNArch.Engine.Search;

/// <summary>The loss became NaN or infinite; the run stops with the last good checkpoint intact.</summary>
public sealed class NonFiniteLossException(string message) : Exception(message);
