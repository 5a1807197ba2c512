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
    const string Prefix = "Search:";

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
        if (overrides.Count == 0) return saved;
        return new ConfigurationBuilder()
            .AddInMemoryCollection(saved.AsEnumerable().Where(p => p.Value is not null))
            .AddInMemoryCollection(overrides)
            .Build()
            .GetSection(saved.Path);
    }

    // config.json holds typed values: 1e-2 is its 0.01, stop its Stop.
    static bool Same(string? saved, string? given) =>
        string.Equals(saved, given, StringComparison.OrdinalIgnoreCase) ||
        double.TryParse(saved, NumberStyles.Float, CultureInfo.InvariantCulture, out var a) &&
        double.TryParse(given, NumberStyles.Float, CultureInfo.InvariantCulture, out var b) && a == b;

    static bool Retrainable(string key) =>
        key.Equals("Search:Seed", StringComparison.OrdinalIgnoreCase) ||
        key.StartsWith("Search:Training:", StringComparison.OrdinalIgnoreCase);

    static Dictionary<string, string?> Of(CommandLine commandLine)
    {
        ArgumentNullException.ThrowIfNull(commandLine);
        return new ConfigurationBuilder().AddCommandLine(commandLine.Overrides).Build().AsEnumerable()
            .Where(p => p.Value is not null && p.Key.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase))
            .ToDictionary(p => p.Key, p => p.Value, StringComparer.OrdinalIgnoreCase);
    }
}
