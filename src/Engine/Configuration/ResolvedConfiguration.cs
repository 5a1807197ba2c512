using DNArch.Plugins.Sdk.Configuration;
using System.Globalization;
using DNArch.Abstractions.Configuration;
using DNArch.Abstractions.Plugins;
using Microsoft.Extensions.Configuration;

namespace DNArch.Engine.Configuration;

/// <summary>
/// Every key of a configuration, as <see cref="ConfigurationModel"/> and the discovered plugins' option classes define
/// it: bound (so invalid values are refused as at run time), with its typed value, default and source. A plugin
/// section lists the chosen plugin's options; one without an options class, the keys it was given.
/// </summary>
public sealed class ResolvedConfiguration(IEnumerable<PluginDescriptor> plugins)
{
    readonly IReadOnlyList<PluginDescriptor> all = plugins.ToList();

    /// <param name="configuration">The whole configuration, or the section at <paramref name="under"/>.</param>
    /// <param name="source">Which source set a key (by full path); null when unknown.</param>
    /// <param name="under">Only the sections at or below this path (e.g. <c>Search</c>); all when null.</param>
    public IReadOnlyList<ConfigurationKey> Resolve(IConfiguration configuration, Func<string, string?>? source = null, string? under = null)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        source ??= _ => null;
        var keys = new List<ConfigurationKey>();
        foreach (var model in ConfigurationModel.Sections.Where(s => under is null || s.Path == under || s.Path.StartsWith(under + ":", StringComparison.Ordinal)))
        {
            var section = SectionOf(configuration, model.Path);
            keys.AddRange(model.Kind switch
            {
                SectionKind.Options => OptionKeys.Of(model.Options!, model.Path, Bind(model.Options!, section, model.Subsections), source, [.. model.Subsections]),
                SectionKind.Plugin => PluginKeys(model, section, source),
                _ => Given(section, source),
            });
        }
        return keys;
    }

    /// <summary>The discovered plugins of <paramref name="kind"/>, by name.</summary>
    public IReadOnlyList<PluginDescriptor> Of(PluginKind kind) =>
        [.. all.Where(p => p.Kind == kind).OrderBy(p => p.Name, StringComparer.Ordinal)];

    /// <summary>The <c>Type</c> key of a plugin section (and its <c>Enabled</c> switch), unresolved.</summary>
    public IEnumerable<ConfigurationKey> SwitchKeys(SectionModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        yield return new ConfigurationKey($"{model.Path}:Type", typeof(string), null, $"Name of the {model.Plugin.ToName()} plugin.",
            string.Join(", ", Of(model.Plugin).Select(p => p.Name)));
        if (model.Switchable)
            yield return new ConfigurationKey($"{model.Path}:Enabled", typeof(bool), true, "false switches this dimension off.", "true, false");
    }

    /// <summary>The keys of <paramref name="plugin"/>'s options in the section at <paramref name="path"/>, with defaults.</summary>
    public static IEnumerable<ConfigurationKey> DefaultsOf(PluginDescriptor plugin, string path)
    {
        ArgumentNullException.ThrowIfNull(plugin);
        return plugin.Options is null ? [] : OptionKeys.Of(plugin.Options, path, null, _ => null, "Type");
    }

    IEnumerable<ConfigurationKey> PluginKeys(SectionModel model, IConfigurationSection section, Func<string, string?> source)
    {
        var name = section["Type"];
        var enabled = !model.Switchable || section["Enabled"] is not { } value || bool.TryParse(value, out var on) && on;
        foreach (var key in SwitchKeys(model))
        {
            var raw = section[key.Path[(model.Path.Length + 1)..]];
            yield return key with { Value = key.Type == typeof(bool) ? enabled : raw, Source = source(key.Path) ?? ConfigurationKey.DefaultSource };
        }
        if (!enabled || name is null) yield break;
        var plugin = Of(model.Plugin).FirstOrDefault(p => p.Name.Equals(name, StringComparison.OrdinalIgnoreCase));
        var settings = model.Switchable ? ConfigurationModel.PluginSettings(section) : section;
        var keys = plugin?.Options is { } type
            ? OptionKeys.Of(type, model.Path, ValidatedOptions.Bind(type, settings), source, "Type")
            : Given(settings, source).Where(k => !k.Path.Equals($"{model.Path}:Type", StringComparison.OrdinalIgnoreCase));
        foreach (var key in keys) yield return key;
    }

    static IEnumerable<ConfigurationKey> Given(IConfigurationSection section, Func<string, string?> source) =>
        section.AsEnumerable()
            .Where(p => p.Value is not null)
            .OrderBy(p => p.Key, StringComparer.OrdinalIgnoreCase)
            .Select(p => new ConfigurationKey(p.Key, typeof(string), null, "", "") { Value = p.Value, Source = source(p.Key) ?? ConfigurationKey.DefaultSource });

    static object Bind(Type type, IConfiguration section, IReadOnlyList<string> subsections) =>
        typeof(ValidatedOptions).IsAssignableFrom(type) ? ValidatedOptions.Bind(type, section) : OptionsBinder.Bind(type, section, [.. subsections]);

    static IConfigurationSection SectionOf(IConfiguration configuration, string path)
    {
        if (configuration is not IConfigurationSection parent) return configuration.GetSection(path);
        if (path.Equals(parent.Path, StringComparison.OrdinalIgnoreCase)) return parent;
        return path.StartsWith(parent.Path + ":", StringComparison.OrdinalIgnoreCase)
            ? parent.GetSection(path[(parent.Path.Length + 1)..])
            : throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"{path} is not under {parent.Path}."), nameof(configuration));
    }
}
