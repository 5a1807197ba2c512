using DNArch.Abstractions.Configuration;
using Microsoft.Extensions.Configuration;

namespace DNArch.Engine.Compare;

/// <summary>One combination of a comparison: a name and the configuration values it sets.</summary>
public sealed record Combination(string Name, IReadOnlyDictionary<string, string?> Settings);

/// <summary>
/// <c>Compare:Vary</c>: configuration keys, each with a list of values; the plan is their cross product.
/// A list is a JSON array (<c>"Search:Kernel:Type": ["mlp", "siren"]</c>, or on the command line
/// <c>--Compare:Vary:Search:Kernel:Type:0=mlp</c>), or one comma-separated value (<c>=mlp,siren</c>).
/// </summary>
public static class ComparisonPlan
{
    public const string Section = "Compare:Vary";

    public static IReadOnlyList<Combination> From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var axes = Axes(configuration.GetSection(Section));
        if (axes.Count == 0)
            throw InvalidInputException.ForKey(Section, "no keys to vary",
                "Give at least one key with a list of values, e.g. --Compare:Vary:Search:Kernel:Type=mlp,siren,magnet.");
        IEnumerable<IReadOnlyList<(string Key, string Value)>> product = [[]];
        foreach (var (key, values) in axes)
            product = product.SelectMany(chosen => values.Select(v => (IReadOnlyList<(string, string)>)[.. chosen, (key, v)]));
        return product.Select(c => new Combination(
            string.Join("_", c.Select(s => $"{Leaf(s.Key)}-{s.Value}")),
            c.ToDictionary(s => s.Key, s => (string?)s.Value))).ToList();
    }

    static List<(string Key, IReadOnlyList<string> Values)> Axes(IConfigurationSection vary)
    {
        var axes = new Dictionary<string, List<(int Index, string Value)>>(StringComparer.OrdinalIgnoreCase);
        foreach (var (path, value) in vary.AsEnumerable(makePathsRelative: true))
        {
            if (value is null) continue;
            var cut = path.LastIndexOf(':');
            if (cut > 0 && int.TryParse(path[(cut + 1)..], out var index))
                Add(axes, path[..cut], index, value);
            else
                foreach (var (part, i) in value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select((p, i) => (p, i)))
                    Add(axes, path, i, part);
        }
        foreach (var (key, values) in axes)
            if (values.Count == 0) throw InvalidInputException.ForKey($"{Section}:{key}", "an empty list", "Give one or more values.");
        return axes.Select(a => (a.Key, (IReadOnlyList<string>)a.Value.OrderBy(v => v.Index).Select(v => v.Value).ToList())).ToList();
    }

    static void Add(Dictionary<string, List<(int, string)>> axes, string key, int index, string value)
    {
        if (!axes.TryGetValue(key, out var list)) axes[key] = list = [];
        list.Add((index, value));
    }

    static string Leaf(string key) => key[(key.LastIndexOf(':') + 1)..];
}
