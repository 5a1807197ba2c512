using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Configuration;

namespace DNArch.Engine.Configuration;

/// <summary>
/// Configuration as JSON: values typed (numbers, booleans, lists, enum names), and keys nested by path as a
/// <c>--config</c> file holds them, so that another process reads the same values.
/// </summary>
public static class ConfigurationJson
{
    static readonly JsonSerializerOptions Options = new() { Converters = { new JsonStringEnumConverter() } };

    /// <summary>One value as JSON (null stays null).</summary>
    public static JsonNode? Value(object? value) => value is null ? null : JsonSerializer.SerializeToNode(value, value.GetType(), Options);

    /// <summary>The resolved keys with a value, typed.</summary>
    public static JsonObject Nest(IEnumerable<ConfigurationKey> keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        return Nest(keys.Where(k => k.Value is not null).Select(k => (k.Path, Value(k.Value))));
    }

    /// <summary>
    /// Every section of <paramref name="configuration"/> except <paramref name="excluded"/>, its values as the strings
    /// the configuration holds; top-level plain values (host defaults) are left out.
    /// </summary>
    public static string Write(IConfiguration configuration, params string[] excluded)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var sections = configuration.GetChildren().Where(s => s.Value is null && !excluded.Contains(s.Key, StringComparer.OrdinalIgnoreCase));
        var entries = sections.SelectMany(s => s.AsEnumerable()).Where(e => e.Value is not null).OrderBy(e => e.Key, StringComparer.Ordinal);
        return Nest(entries.Select(e => (e.Key, (JsonNode?)e.Value))).ToJsonString(new JsonSerializerOptions { WriteIndented = true });
    }

    static JsonObject Nest(IEnumerable<(string Path, JsonNode? Value)> entries)
    {
        var root = new JsonObject();
        foreach (var (path, value) in entries)
        {
            var parts = path.Split(ConfigurationPath.KeyDelimiter);
            var node = root;
            foreach (var part in parts[..^1])
            {
                if (node[part] is not JsonObject child) node[part] = child = new JsonObject();
                node = child;
            }
            node[parts[^1]] = value;
        }
        return root;
    }
}
