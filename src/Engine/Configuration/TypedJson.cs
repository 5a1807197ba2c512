using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Configuration;

namespace DNArch.Engine.Configuration;

/// <summary>Resolved keys as JSON with typed values: numbers, booleans, lists, enum names.</summary>
public static class TypedJson
{
    static readonly JsonSerializerOptions Options = new() { Converters = { new JsonStringEnumConverter() } };

    /// <summary>One value as JSON (null stays null).</summary>
    public static JsonNode? Value(object? value) => value is null ? null : JsonSerializer.SerializeToNode(value, value.GetType(), Options);

    /// <summary>The keys with a value, nested by path as a configuration file holds them.</summary>
    public static JsonObject Nest(IEnumerable<ConfigurationKey> keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var root = new JsonObject();
        foreach (var key in keys.Where(k => k.Value is not null))
        {
            var parts = key.Path.Split(ConfigurationPath.KeyDelimiter);
            var node = root;
            foreach (var part in parts[..^1])
            {
                if (node[part] is not JsonObject child) node[part] = child = new JsonObject();
                node = child;
            }
            node[parts[^1]] = Value(key.Value);
        }
        return root;
    }
}
