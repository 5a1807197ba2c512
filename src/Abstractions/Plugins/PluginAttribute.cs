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
    /// <summary>The plugin's kind, which decides the contract it is exported under.</summary>
    public PluginKind Kind { get; } = kind;

    /// <summary>The name a configuration's <c>Type</c> key selects the plugin by (case-insensitive).</summary>
    public string Name { get; } = name;

    /// <summary>One line on what the plugin does, shown by <c>dnarch plugins</c>.</summary>
    public string Description { get; } = description;

    /// <summary>The plugin's options class (a <c>PluginOptions</c> of the plugin SDK), if it has options.</summary>
    public Type? Options { get; set; }
}
