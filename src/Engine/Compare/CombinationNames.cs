namespace DNArch.Engine.Compare;

/// <summary>
/// The part of a run name that names a varied key: its shortest tail of segments that no other varied key ends with,
/// joined by '.' (<c>Search:Kernel:Type</c> and <c>Search:Masks:KernelSize:Type</c> give <c>Kernel.Type</c> and
/// <c>KernelSize.Type</c>; a key varied alone gives its last segment, <c>Type</c>).
/// </summary>
public static class CombinationNames
{
    public static IReadOnlyDictionary<string, string> Prefixes(IReadOnlyList<string> keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var segments = keys.ToDictionary(k => k, k => k.Split(':'), StringComparer.OrdinalIgnoreCase);
        return keys.ToDictionary(k => k, k =>
        {
            var own = segments[k];
            for (var length = 1; ; length++)
            {
                var tail = Tail(own, length);
                if (length >= own.Length || keys.All(other => other.Equals(k, StringComparison.OrdinalIgnoreCase) || !Tail(segments[other], length).Equals(tail, StringComparison.OrdinalIgnoreCase)))
                    return tail;
            }
        }, StringComparer.OrdinalIgnoreCase);
    }

    static string Tail(string[] segments, int length) => string.Join(".", segments[Math.Max(0, segments.Length - length)..]);
}
