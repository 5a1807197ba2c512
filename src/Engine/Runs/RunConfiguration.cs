using System.Diagnostics;
using System.Reflection;
using System.Text.Json.Nodes;
using DNArch.Abstractions.Configuration;
using DNArch.Abstractions.Plugins;
using DNArch.Engine.Configuration;
using DNArch.Plugins.Sdk.IO;
using Microsoft.Extensions.Configuration;

namespace DNArch.Engine.Runs;

/// <summary>
/// <c>config.json</c>: the resolved <c>Search</c> section a run started with (every key, defaults included, typed),
/// the plugin folders it was run with, and its <c>Provenance</c> (framework version and commit, each plugin assembly's
/// name and version). <c>--resume</c> and <c>retrain</c> use exactly that configuration, and
/// <c>search --config config.json</c> (with another name) runs it again.
/// </summary>
public static class RunConfiguration
{
    public static void Save(RunDirectory run, IConfigurationSection search, IReadOnlyList<PluginDescriptor> plugins)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(search);
        ArgumentNullException.ThrowIfNull(plugins);
        var root = ConfigurationJson.Nest(new ResolvedConfiguration(plugins).Resolve(search, under: search.Path));
        var assemblies = plugins.Select(p => p.Assembly).Where(File.Exists).Distinct().Order(StringComparer.Ordinal).ToList();
        root[PluginsOptions.Section] = new JsonObject
        {
            [nameof(PluginsOptions.Directories)] = new JsonArray([.. assemblies.Select(Path.GetDirectoryName).Distinct().Select(d => JsonValue.Create(d))]),
        };
        var (version, commit) = VersionOf(typeof(RunConfiguration).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion);
        root[ConfigurationKeys.Provenance] = new JsonObject
        {
            ["Framework"] = version,
            ["Commit"] = commit,
            ["PluginAssemblies"] = new JsonArray([.. assemblies.Select(a => new JsonObject
            {
                ["Name"] = Path.GetFileNameWithoutExtension(a),
                ["Version"] = FileVersionInfo.GetVersionInfo(a).ProductVersion,
                ["Path"] = a,
            })]),
        };
        AtomicFile.WriteAllText(run.Configuration, root.ToJsonString(RunDirectory.Json));
    }

    /// <summary>An informational version <c>1.0.0+commit</c> split into its version and commit (<c>unknown</c> without one).</summary>
    public static (string Version, string Commit) VersionOf(string? informational)
    {
        var parts = (informational ?? "unknown").Split('+', 2);
        return (parts[0], parts.Length > 1 ? parts[1] : "unknown");
    }

    /// <summary>The saved <c>Search</c> section; a malformed file is invalid input naming it.</summary>
    public static IConfigurationSection Load(RunDirectory run)
    {
        ArgumentNullException.ThrowIfNull(run);
        const string expected = "the config.json a search writes: a JSON object with a \"Search\" section";
        IConfigurationRoot root;
        try
        {
            root = new ConfigurationBuilder().AddJsonFile(run.Configuration, optional: false).Build();
        }
        catch (Exception e) when (e is InvalidDataException or FormatException or IOException)
        {
            var reason = (e.InnerException ?? e).Message.Split(" LineNumber:", 2)[0].Split(Environment.NewLine)[0].Trim();
            throw InvalidInputException.ForFile(run.Configuration, $"cannot be read ({reason})", expected);
        }
        var search = root.GetSection(ConfigurationKeys.Search.Section);
        return search.Exists() ? search : throw InvalidInputException.ForFile(run.Configuration, "has no Search section", expected);
    }
}
