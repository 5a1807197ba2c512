using DNArch.Plugins.Sdk.Configuration;
using DNArch.Abstractions.Configuration;
using DNArch.Abstractions.Plugins;
using DNArch.Engine.Network;
using DNArch.Engine.Search;
using Microsoft.Extensions.Configuration;

namespace DNArch.Engine.Configuration;

/// <summary>
/// Every section of <c>dnarch</c>'s configuration. <c>dnarch config</c>, the JSON schema, docs/configuration.md and a
/// run's <c>config.json</c> are all generated from it and the option classes it names.
/// </summary>
public static class ConfigurationModel
{
    /// <summary>The key a JSON file names its schema with; allowed at the top level.</summary>
    public const string SchemaKey = "$schema";

    public static IReadOnlyList<SectionModel> Sections { get; } =
    [
        new(ConfigurationKeys.Logging, SectionKind.FreeForm, "Log levels per category, as Microsoft.Extensions.Logging reads them (e.g. Logging:LogLevel:Default)."),
        Bound(PluginsOptions.Section, typeof(PluginsOptions), "Plugin discovery."),
        Bound(SearchOptions.Section, typeof(SearchOptions), "The architecture search: run directory, seed, device, training and budget.",
            "Dataset", "Kernel", "Masks", "Resampling", "Network", "Head"),
        Plugin(ConfigurationKeys.Search.Dataset, PluginKind.Dataset, false, "The data set plugin and its options."),
        Plugin(ConfigurationKeys.Search.Kernel, PluginKind.Kernel, false, "The kernel generator plugin and its options."),
        Plugin(ConfigurationKeys.Search.KernelSizeMask, PluginKind.Mask, true, "The mask of the kernel sizes; Enabled=false fixes them at their maximum."),
        Plugin(ConfigurationKeys.Search.WidthMask, PluginKind.Mask, true, "The mask of the widths; Enabled=false fixes them at their maximum."),
        Plugin(ConfigurationKeys.Search.DepthMask, PluginKind.Mask, true, "The mask of the depth; Enabled=false computes every block."),
        Plugin(ConfigurationKeys.Search.Resampling, PluginKind.Resampler, true, "The resampling plugin of each block; Enabled=false keeps every resolution."),
        Bound(ConfigurationKeys.Search.Network, typeof(NetworkOptions), "The supernet's maximal sizes and fixed settings."),
        Plugin(ConfigurationKeys.Search.Head, PluginKind.Head, false, "The output head plugin and its options."),
        Bound(CompareOptions.Section, typeof(CompareOptions), "What dnarch compare runs.", "Vary", "Launcher"),
        new(ConfigurationKeys.Compare.Vary, SectionKind.FreeForm, "Keys to vary, each with its list of values or sub-configurations (docs/compare.md)."),
        Plugin(ConfigurationKeys.Compare.Launcher, PluginKind.Launcher, false, "The launcher plugin that runs a comparison as a sweep; unset, the searches run here."),
        new(ConfigurationKeys.Provenance, SectionKind.FreeForm, "Written into a run's config.json: framework version and commit, plugin assemblies; ignored when read."),
    ];

    /// <summary>The top-level sections a configuration may have.</summary>
    public static IReadOnlyList<string> TopLevel { get; } = [.. Sections.Select(s => s.Path).Where(p => !p.Contains(':'))];

    /// <summary>
    /// Refuses an unknown top-level section (a misspelt <c>"Serach"</c> would otherwise run the default search) and
    /// unknown keys under <c>Plugins</c> and <c>Compare</c>. Top-level single values (program variables such as
    /// <c>DNARCH_STACKTRACE</c>) are no sections.
    /// </summary>
    public static void Check(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        foreach (var section in configuration.GetChildren().Where(c => c.GetChildren().Any()))
        {
            if (!TopLevel.Contains(section.Key, StringComparer.OrdinalIgnoreCase))
                throw InvalidInputException.ForKey(section.Key, "unknown section", $"Valid sections: {string.Join(", ", TopLevel)}");
        }
        foreach (var model in Sections.Where(s => s.Kind == SectionKind.Options && s.Path is PluginsOptions.Section or CompareOptions.Section))
            OptionsBinder.Bind(model.Options!, configuration.GetSection(model.Path), [.. model.Subsections]);
    }

    /// <summary>The section a plugin receives: <paramref name="section"/> without the host's <c>Enabled</c> switch.</summary>
    public static IConfigurationSection PluginSettings(IConfigurationSection section)
    {
        ArgumentNullException.ThrowIfNull(section);
        if (section["Enabled"] is null) return section;
        var without = $"{section.Path}:Enabled";
        return new ConfigurationBuilder()
            .AddInMemoryCollection(section.AsEnumerable().Where(p => p.Value is not null && !p.Key.Equals(without, StringComparison.OrdinalIgnoreCase)))
            .Build()
            .GetSection(section.Path);
    }

    static SectionModel Bound(string path, Type options, string description, params string[] subsections) =>
        new(path, SectionKind.Options, description) { Options = options, Subsections = subsections };

    static SectionModel Plugin(string path, PluginKind kind, bool switchable, string description) =>
        new(path, SectionKind.Plugin, description) { Plugin = kind, Switchable = switchable };
}
