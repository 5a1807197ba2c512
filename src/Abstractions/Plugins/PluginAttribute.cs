using System.Composition;

namespace DNArch.Abstractions.Plugins;

/// <summary>
/// Exports a plugin of <paramref name="kind"/> under its kind's contract, with the name configuration refers to and
/// a one-line description: <c>[Plugin(PluginKind.Mask, "gaussian", "Gaussian over kernel coordinates")]</c>.
/// <see cref="Options"/> names the class its section binds to, so that <c>dnarch config</c>, the configuration schema
/// and a run's <c>config.json</c> know the plugin's keys and defaults.
/// </summary>
[MetadataAttribute]
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class PluginAttribute(PluginKind kind, string name, string description)
    : ExportAttribute(PluginKinds.ContractOf(kind))
{
    public PluginKind Kind { get; } = kind;
    public string Name { get; } = name;
    public string Description { get; } = description;

    /// <summary>The plugin's options class (a <c>PluginOptions</c> of the plugin SDK), if it has options.</summary>
    public Type? Options { get; set; }
}
