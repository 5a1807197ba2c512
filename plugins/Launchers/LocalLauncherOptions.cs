using System.ComponentModel.DataAnnotations;
using DNArch.Abstractions.Configuration;

namespace DNArch.Plugins.Launchers;

/// <summary><c>Compare:Launcher</c> for <c>Type=local</c>.</summary>
public sealed class LocalLauncherOptions : PluginOptions
{
    /// <summary>How many searches run at once.</summary>
    [Range(1, 1024)]
    public int Parallel { get; set; } = 1;
}
