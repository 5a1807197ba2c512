using DNArch.Abstractions.Configuration;
using Microsoft.Extensions.Configuration;

namespace DNArch.Plugins.Sdk.Configuration;

/// <summary>
/// Base of a plugin's options: the section that chose the plugin also carries its settings.
/// <c>Type</c> and <c>Enabled</c> belong to the host.
/// </summary>
public abstract class PluginOptions
{
    public string? Type { get; set; }
    public bool Enabled { get; set; } = true;

    /// <summary>Checks that go beyond data annotations; throw <see cref="InvalidInputException"/> from here.</summary>
    protected virtual void Validate(string sectionPath) { }

    /// <summary>
    /// Binds <paramref name="section"/> to <typeparamref name="T"/> with <see cref="OptionsBinder"/> (unknown keys,
    /// wrong types and data annotations are errors), then runs <see cref="Validate"/>.
    /// </summary>
    public static T Bind<T>(IConfiguration section) where T : PluginOptions, new()
    {
        var options = OptionsBinder.Bind<T>(section);
        options.Validate(section is IConfigurationSection s ? s.Path : "");
        return options;
    }
}
