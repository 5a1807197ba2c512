using System.Globalization;
using DNArch.Abstractions.Configuration;
using Microsoft.Extensions.Configuration;

namespace DNArch.Host.Hosting;

/// <summary>
/// Command-line <c>--Search:*</c> overrides given with a saved run (<c>config.json</c>), never dropped in silence:
/// <c>search --resume</c> refuses one that would change the run; <c>retrain</c> applies <c>Search:Training:*</c> and
/// <c>Search:Seed</c> (validated with the rest when the run is prepared) and refuses the others, which the
/// architecture and data of the searched run fix.
/// </summary>
public static class RunOverrides
{
    const string Prefix = ConfigurationKeys.Search.Section + ":";

    /// <summary>The saved section, after checking that no override differs from it.</summary>
    public static IConfigurationSection ForResume(IConfigurationSection saved, CommandLine commandLine)
    {
        ArgumentNullException.ThrowIfNull(saved);
        foreach (var (key, value) in Of(commandLine))
        {
            var current = saved[key[Prefix.Length..]];
            if (!Same(current, value))
                throw InvalidInputException.ForKey(key,
                    $"--resume continues a run with the configuration it started with (its config.json has {(current is null ? "no such key" : $"'{current}'")}), and '{value}' would change it",
                    "Drop the override, or start a new search with it");
        }
        return saved;
    }

    /// <summary>The saved section with the training and seed overrides applied.</summary>
    public static IConfigurationSection ForRetrain(IConfigurationSection saved, CommandLine commandLine)
    {
        ArgumentNullException.ThrowIfNull(saved);
        var overrides = Of(commandLine);
        foreach (var key in overrides.Keys.Where(k => !Retrainable(k)))
            throw InvalidInputException.ForKey(key, "retrain takes its architecture, network and data from the searched run",
                "Only Search:Training:* and Search:Seed can be overridden");
        return overrides.Count == 0 ? saved : Merged(saved, saved.AsEnumerable(), overrides);
    }

    /// <summary>
    /// The saved section with <c>Search:Dataset:*</c> overrides applied (<c>evaluate</c>, <c>predict</c>), refusing the
    /// others, which the network fixes. Another <c>Search:Dataset:Type</c> drops the saved data set's own keys.
    /// </summary>
    public static IConfigurationSection ForData(IConfigurationSection saved, CommandLine commandLine)
    {
        ArgumentNullException.ThrowIfNull(saved);
        var overrides = Of(commandLine);
        foreach (var key in overrides.Keys.Where(k => !k.StartsWith(DatasetPrefix, StringComparison.OrdinalIgnoreCase)))
            throw InvalidInputException.ForKey(key, $"{commandLine.Verb} takes the network and its settings from the run",
                $"Only {DatasetPrefix}* can be overridden (another data set, or its options)");
        if (overrides.Count == 0) return saved;
        var type = overrides.GetValueOrDefault(DatasetPrefix + "Type");
        var replaced = type is not null && !string.Equals(type, saved["Dataset:Type"], StringComparison.OrdinalIgnoreCase);
        var kept = saved.AsEnumerable()
            .Where(p => !(replaced && p.Key.StartsWith($"{saved.Path}:Dataset:", StringComparison.OrdinalIgnoreCase)));
        return Merged(saved, kept, overrides);
    }

    const string DatasetPrefix = Prefix + "Dataset:";

    static IConfigurationSection Merged(IConfigurationSection saved, IEnumerable<KeyValuePair<string, string?>> kept,
        Dictionary<string, string?> overrides) =>
        new ConfigurationBuilder()
            .AddInMemoryCollection(kept.Where(p => p.Value is not null))
            .AddInMemoryCollection(overrides)
            .Build()
            .GetSection(saved.Path);

    // config.json holds typed values: 1e-2 is its 0.01, stop its Stop.
    static bool Same(string? saved, string? given) =>
        string.Equals(saved, given, StringComparison.OrdinalIgnoreCase) ||
        double.TryParse(saved, NumberStyles.Float, CultureInfo.InvariantCulture, out var a) &&
        double.TryParse(given, NumberStyles.Float, CultureInfo.InvariantCulture, out var b) && a == b;

    static bool Retrainable(string key) =>
        key.Equals(ConfigurationKeys.Search.Seed, StringComparison.OrdinalIgnoreCase) ||
        key.StartsWith(ConfigurationKeys.Search.Training + ":", StringComparison.OrdinalIgnoreCase);

    static Dictionary<string, string?> Of(CommandLine commandLine)
    {
        ArgumentNullException.ThrowIfNull(commandLine);
        return new ConfigurationBuilder().AddCommandLine(commandLine.Overrides).Build().AsEnumerable()
            .Where(p => p.Value is not null && p.Key.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase))
            .ToDictionary(p => p.Key, p => p.Value, StringComparer.OrdinalIgnoreCase);
    }
}
