namespace DNArch.Host.Hosting;

/// <summary>
/// The one line <c>dnarch</c> prints for an unexpected failure (exit code 1): the exception's type and the first line
/// of its message, never libtorch's native frames; a failed allocation says what to lower.
/// </summary>
public static class FailureMessage
{
    public static string Describe(Exception e)
    {
        ArgumentNullException.ThrowIfNull(e);
        var first = e.Message.Split('\n', 2)[0].Trim();
        if (e is OutOfMemoryException || first.Contains("allocate", StringComparison.OrdinalIgnoreCase) && first.Contains("memory", StringComparison.OrdinalIgnoreCase))
            return $"out of memory ({first}). Lower Search:Network:Width, Search:Network:Blocks or Search:Training:BatchSize; " +
                   "Search:MemoryLimit sets the memory the search's estimate is checked against before training.";
        return $"{e.GetType().Name}: {first}";
    }
}
