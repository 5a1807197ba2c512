using DNArch.Engine.Runs;

namespace DNArch.Engine.Search;

/// <summary>The loss or a gradient became NaN or infinite; the run stops with the last good checkpoint intact.</summary>
public sealed class NonFiniteValueException(string message) : RunFailedException(message);
