using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Configuration.CommandLine;
using Microsoft.Extensions.Configuration.EnvironmentVariables;
using Microsoft.Extensions.Configuration.Json;

namespace DNArch.Host.Hosting;

/// <summary>Which source of the contract set a key: <c>appsettings</c>, <c>file PATH</c>, <c>environment</c> or <c>command line</c>.</summary>
public static class ConfigurationSources
{
    /// <returns>For a full key path, the last provider that has it (the one that wins), or null.</returns>
    public static Func<string, string?> Of(IConfiguration configuration)
    {
        var providers = Flatten(configuration).Reverse().ToList();
        return key => providers.FirstOrDefault(p => p.TryGet(key, out _) || p.GetChildKeys([], key).Any()) is { } provider ? Name(provider) : null;
    }

    static IEnumerable<IConfigurationProvider> Flatten(IConfiguration configuration) =>
        configuration is IConfigurationRoot root
            ? root.Providers.SelectMany(p => p is ChainedConfigurationProvider chained ? Flatten(chained.Configuration) : [p])
            : [];

    static string Name(IConfigurationProvider provider) => provider switch
    {
        JsonConfigurationProvider { Source.Path: var path } when Path.GetFileName(path) == "appsettings.json" => "appsettings",
        JsonConfigurationProvider json => $"file {json.Source.FileProvider?.GetFileInfo(json.Source.Path ?? "").PhysicalPath ?? json.Source.Path}",
        EnvironmentVariablesConfigurationProvider => "environment",
        CommandLineConfigurationProvider => "command line",
        _ => provider.GetType().Name,
    };
}
