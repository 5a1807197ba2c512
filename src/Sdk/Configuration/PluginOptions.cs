using DNArch.Abstractions.Configuration;
using Microsoft.Extensions.Configuration;

namespace DNArch.Plugins.Sdk.Configuration;

/// <summary>
/// Base of a plugin's options: the section that chose the plugin also carries its settings. <c>Type</c> names the
/// plugin; an <c>Enabled</c> switch, where a section has one, is the host's and never reaches the plugin.
/// </summary>
public abstract class PluginOptions : ValidatedOptions
{
    /// <summary>The plugin's name.</summary>
    public string? Type { get; set; }
}
