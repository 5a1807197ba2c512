namespace DNArch.Abstractions.Plugins;

/// <summary>The metadata view MEF fills from a <see cref="PluginAttribute"/>.</summary>
public sealed class PluginMetadata
{
    public PluginKind Kind { get; set; }
    public string Name { get; set; } = "";
    public string Description { get; set; } = "";
    public Type? Options { get; set; }
}
