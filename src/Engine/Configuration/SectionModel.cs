using DNArch.Abstractions.Plugins;

namespace DNArch.Engine.Configuration;

/// <summary>One section of <c>dnarch</c>'s configuration: its path, how it is read and what it is for.</summary>
public sealed record SectionModel(string Path, SectionKind Kind, string Description)
{
    /// <summary>The options class of an <see cref="SectionKind.Options"/> section.</summary>
    public Type? Options { get; init; }

    /// <summary>The plugin kind a <see cref="SectionKind.Plugin"/> section's <c>Type</c> names.</summary>
    public PluginKind Plugin { get; init; }

    /// <summary>Whether the section has an <c>Enabled</c> switch (the host's, never passed to the plugin).</summary>
    public bool Switchable { get; init; }

    /// <summary>Child sections that are sections of their own, not keys of <see cref="Options"/>.</summary>
    public IReadOnlyList<string> Subsections { get; init; } = [];
}
