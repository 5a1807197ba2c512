namespace DNArch.Benchmarks;

/// <summary><c>--name value</c> options of the benchmark program.</summary>
sealed class Arguments(string[] args)
{
    public string? TextOrNull(string name)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
    }

    public string Text(string name) =>
        TextOrNull(name) ?? throw new ArgumentException($"{name} is required.", nameof(name));

    public int Number(string name, int fallback) => TextOrNull(name) is { } text ? int.Parse(text) : fallback;

    /// <summary>A comma-separated list of numbers, e.g. <c>--lengths 1024,2048</c>.</summary>
    public IReadOnlyList<int> Numbers(string name, IReadOnlyList<int> fallback) =>
        TextOrNull(name) is { } text ? text.Split(',').Select(int.Parse).ToArray() : fallback;
}
