namespace DNArch.Engine.Runs;

/// <summary>
/// A run stopped for a reason the user can act on (bad numbers, a full or vanished disk). The host prints the message
/// alone and exits with code 1; the message says what happened, where, and that the last checkpoint is intact.
/// </summary>
public class RunFailedException(string message, Exception? inner = null) : Exception(message, inner);
