using DNArch.Abstractions.Configuration;
using DNArch.Abstractions.Plugins;
using Microsoft.Extensions.Configuration;

namespace DNArch.Plugins.Sdk.Conformance;

/// <summary>Configuration sections for conformance checks, at the key a search would read them from.</summary>
public static class ConformanceSettings
{
    /// <summary>The section that selects a plugin of <paramref name="kind"/> in a search (e.g. <c>Search:Kernel</c>).</summary>
    public static string SectionOf(PluginKind kind) => kind switch
    {
        PluginKind.Kernel => ConfigurationKeys.Search.Kernel,
        PluginKind.Mask => ConfigurationKeys.Search.KernelSizeMask,
        PluginKind.Resampler => ConfigurationKeys.Search.Resampling,
        PluginKind.Dataset => ConfigurationKeys.Search.Dataset,
        PluginKind.Budget => ConfigurationKeys.Search.Budget,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Launchers have no conformance checks."),
    };

    /// <summary>
    /// The section of <paramref name="kind"/> selecting <paramref name="name"/>, holding <paramref name="settings"/>
    /// (keys relative to the section, e.g. <c>Hidden</c>).
    /// </summary>
    public static IConfigurationSection Section(PluginKind kind, string name, IEnumerable<KeyValuePair<string, string?>>? settings = null)
    {
        var path = SectionOf(kind);
        var values = (settings ?? [])
            .Select(s => new KeyValuePair<string, string?>($"{path}:{s.Key}", s.Value))
            .Append(new KeyValuePair<string, string?>($"{path}:Type", name));
        return new ConfigurationBuilder().AddInMemoryCollection(values).Build().GetSection(path);
    }

    /// <summary>A copy of <paramref name="section"/> at the same path, with one more key.</summary>
    internal static IConfigurationSection With(IConfigurationSection section, string key, string value)
    {
        var values = section.AsEnumerable()
            .Where(p => p.Value is not null)
            .Append(new KeyValuePair<string, string?>($"{section.Path}:{key}", value));
        return new ConfigurationBuilder().AddInMemoryCollection(values).Build().GetSection(section.Path);
    }
}
