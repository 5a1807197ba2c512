using System.Reflection;
using DNArch.Abstractions.Plugins;
using DNArch.Plugins.Sdk.Conformance;
using Microsoft.Extensions.Configuration;
using Xunit;

namespace DNArch.Plugins.Testing;

/// <summary>
/// What every plugin's conformance tests share: the plugin, exported as a plugin of <paramref name="kind"/>, and its
/// configuration section with <see cref="Settings"/>.
/// </summary>
public abstract class PluginTests<TPlugin>(PluginKind kind) where TPlugin : class, new()
{
    /// <summary>Settings of the plugin's section, keys relative to it (e.g. <c>("Hidden", "16")</c>); none by default.</summary>
    protected virtual IEnumerable<KeyValuePair<string, string?>> Settings => [];

    /// <summary>The plugin's export attribute, or null when it has none.</summary>
    protected static PluginAttribute? Export => typeof(TPlugin).GetCustomAttribute<PluginAttribute>();

    /// <summary>The plugin's section, as a search would configure it.</summary>
    protected IConfigurationSection Options => ConformanceSettings.Section(kind, Export?.Name ?? typeof(TPlugin).Name, Settings);

    /// <summary>The plugin carries the export attribute of its kind, with a name and a description.</summary>
    [Fact]
    public void Exported_under_its_kind_with_a_name_and_a_description()
    {
        if (Export is null || Export.Kind != kind || string.IsNullOrWhiteSpace(Export.Name) || string.IsNullOrWhiteSpace(Export.Description))
            throw new ConformanceException(
                $"{typeof(TPlugin).Name} must carry [Plugin(PluginKind.{kind}, \"name\", \"description\")] to be discovered as a {kind.ToName()} plugin");
    }
}
