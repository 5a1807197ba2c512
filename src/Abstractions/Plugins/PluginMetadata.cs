namespace DNArch.Abstractions.Plugins;

/// <summary>The metadata view MEF fills from a <see cref="PluginAttribute"/>.</summary>
public sealed class PluginMetadata
{
    /// <summary>The plugin's kind (<see cref="PluginAttribute.Kind"/>).</summary>
    public PluginKind Kind { get; set; }

    /// <summary>The name configuration selects it by (<see cref="PluginAttribute.Name"/>).</summary>
    public string Name { get; set; } = "";

    /// <summary>Its one-line description (<see cref="PluginAttribute.Description"/>).</summary>
    public string Description { get; set; } = "";

    /// <summary>Its options class, if any (<see cref="PluginAttribute.Options"/>).</summary>
    public Type? Options { get; set; }
}
