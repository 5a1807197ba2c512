namespace DNArch.Abstractions.Plugins;

/// <summary>A discovered plugin: what <c>dnarch plugins</c> lists.</summary>
/// <param name="Assembly">Path of the assembly the plugin came from.</param>
/// <param name="Options">The class its configuration section binds to, when it declared one.</param>
public sealed record PluginDescriptor(PluginKind Kind, string Name, string Description, string Assembly, Type Contract, Type? Options = null);
