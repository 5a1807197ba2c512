using DNArch.Abstractions.Configuration;
using Microsoft.Extensions.Configuration;

namespace DNArch.Engine.Compare;

/// <summary>One value of a <see cref="VaryAxis"/>: the settings it makes (one key, or a whole sub-configuration) and its label in run names.</summary>
public sealed record VaryValue(IReadOnlyDictionary<string, string?> Settings, string Label);

/// <summary>
/// One key of <c>Compare:Vary</c> with its list of values, in the order given. A value is a plain value
/// (<c>"Search:Kernel:Type": ["mlp", "siren"]</c>, or one comma-separated string) or a whole sub-configuration of
/// the key (<c>"Search:Kernel": [{ "Type": "mlp" }, { "Type": "rff", "Sigma": 2 }]</c>), so that a plugin's own
/// options travel with its type.
/// </summary>
public sealed record VaryAxis(string Key, IReadOnlyList<VaryValue> Values)
{
    /// <summary>The axes of <paramref name="vary"/>, depth first in the configuration's key order.</summary>
    public static IReadOnlyList<VaryAxis> Read(IConfigurationSection vary)
    {
        ArgumentNullException.ThrowIfNull(vary);
        if (vary.GetChildren().Any(c => int.TryParse(c.Key, out _)))
            throw InvalidInputException.ForKey(ConfigurationKeys.Compare.Vary, "a list without a key", "Give each list under the key it varies, e.g. Compare:Vary:Search:Kernel:Type.");
        var axes = new List<VaryAxis>();
        Walk(vary, "", axes);
        return axes;
    }

    static void Walk(IConfigurationSection node, string key, List<VaryAxis> axes)
    {
        var children = node.GetChildren().ToList();
        if (children.Count == 0)
        {
            if (node.Value is null) return;
            var parts = node.Value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            axes.Add(Axis(key, parts.Select(p => new Dictionary<string, string?> { [key] = p }).ToList()));
        }
        else if (children.All(c => int.TryParse(c.Key, out _)))
        {
            axes.Add(Axis(key, children.Select(c => Entry(c, key)).ToList()));
        }
        else
        {
            foreach (var child in children) Walk(child, key.Length == 0 ? child.Key : ConfigurationPath.Combine(key, child.Key), axes);
        }
    }

    // A list element: a plain value of the key, or a sub-configuration whose keys are relative to it.
    static Dictionary<string, string?> Entry(IConfigurationSection element, string key) =>
        element.GetChildren().Any()
            ? element.AsEnumerable(makePathsRelative: true).Where(e => e.Value is not null)
                .ToDictionary(e => ConfigurationPath.Combine(key, e.Key), e => e.Value, StringComparer.OrdinalIgnoreCase)
            : new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase) { [key] = element.Value };

    static VaryAxis Axis(string key, List<Dictionary<string, string?>> values)
    {
        if (values.Count == 0) throw InvalidInputException.ForKey($"{ConfigurationKeys.Compare.Vary}:{key}", "an empty list", "Give one or more values.");
        // Keys of a sub-configuration whose value is not the same in every element name it in the label.
        var differing = values.SelectMany(v => v.Keys).Distinct(StringComparer.OrdinalIgnoreCase)
            .Where(k => values.Select(v => v.GetValueOrDefault(k)).Distinct().Count() > 1).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return new VaryAxis(key, values.Select(v => new VaryValue(v, Label(key, v, differing))).ToList());
    }

    static string Label(string key, Dictionary<string, string?> settings, HashSet<string> differing)
    {
        if (settings.Count == 1 && settings.ContainsKey(key)) return settings[key] ?? "";
        var type = settings.GetValueOrDefault(ConfigurationPath.Combine(key, "Type"));
        var others = settings.Where(s => differing.Contains(s.Key) && !s.Key.Equals(ConfigurationPath.Combine(key, "Type"), StringComparison.OrdinalIgnoreCase))
            .Select(s => s.Key[(key.Length + 1)..].Replace(':', '.') + "-" + s.Value);
        return string.Join(".", new[] { type }.OfType<string>().Concat(others));
    }
}
