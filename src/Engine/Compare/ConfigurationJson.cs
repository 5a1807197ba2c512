using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Configuration;

namespace DNArch.Engine.Compare;

/// <summary>Configuration as the nested JSON a <c>--config</c> file holds, so that another process reads the same values.</summary>
public static class ConfigurationJson
{
    /// <summary>Every section of <paramref name="configuration"/> except <paramref name="excluded"/>; top-level plain values (host defaults) are left out.</summary>
    public static string Write(IConfiguration configuration, params string[] excluded)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var root = new JsonObject();
        var sections = configuration.GetChildren().Where(s => s.Value is null && !excluded.Contains(s.Key, StringComparer.OrdinalIgnoreCase));
        foreach (var (key, value) in sections.SelectMany(s => s.AsEnumerable()).Where(e => e.Value is not null).OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            var parts = key.Split(ConfigurationPath.KeyDelimiter);
            var node = root;
            foreach (var part in parts[..^1])
            {
                if (node[part] is not JsonObject child) node[part] = child = new JsonObject();
                node = child;
            }
            node[parts[^1]] = value;
        }
        return root.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
    }
}
