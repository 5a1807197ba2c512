namespace DNArch.Abstractions.Plugins;

/// <summary>A discovered plugin: what <c>dnarch plugins</c> lists.</summary>
/// <param name="Assembly">Path of the assembly the plugin came from.</param>
public sealed record PluginDescriptor(PluginKind Kind, string Name, string Description, string Assembly, Type Contract);
