using DNArch.Abstractions.Configuration;

namespace DNArch.Engine.Configuration;

/// <summary><c>Plugins</c>: where plugin assemblies are discovered.</summary>
public sealed class PluginsOptions
{
    public const string Section = ConfigurationKeys.Plugins.Section;

    /// <summary>
    /// Folders searched for plugin assemblies in addition to the built-in plugins folder beside the program; relative
    /// paths resolve against the working directory.
    /// </summary>
    public List<string> Directories { get; set; } = [];
}
