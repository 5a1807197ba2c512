using System.Globalization;
using DNArch.Abstractions.Configuration;

namespace DNArch.Engine.Compare;

/// <summary>
/// One search of a comparison: a combination with one seed (none when the comparison has no seed axis). Its name
/// is the combination's, with <c>_Seed-N</c> appended for a seed; its settings set <c>Search:Seed</c> too.
/// </summary>
public sealed record ComparisonRun(Combination Combination, int? Seed)
{
    const string SeedSuffix = "_Seed-";

    public string Name => Seed is { } seed ? Combination.Name + SeedSuffix + seed.ToString(CultureInfo.InvariantCulture) : Combination.Name;

    public IReadOnlyDictionary<string, string?> Settings =>
        Seed is { } seed
            ? new Dictionary<string, string?>(Combination.Settings, StringComparer.OrdinalIgnoreCase) { [ConfigurationKeys.Search.Seed] = seed.ToString(CultureInfo.InvariantCulture) }
            : Combination.Settings;

    /// <summary>The run a sweep task of this <paramref name="name"/> and <paramref name="settings"/> stands for (the inverse of <see cref="Name"/> and <see cref="Settings"/>).</summary>
    public static ComparisonRun Of(string name, IReadOnlyDictionary<string, string?> settings)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(settings);
        var seedValue = settings.FirstOrDefault(s => s.Key.Equals(ConfigurationKeys.Search.Seed, StringComparison.OrdinalIgnoreCase)).Value;
        if (seedValue is null || !int.TryParse(seedValue, NumberStyles.None, CultureInfo.InvariantCulture, out var seed) || !name.EndsWith(SeedSuffix + seedValue, StringComparison.Ordinal))
            return new ComparisonRun(new Combination(name, settings), null);
        var rest = settings.Where(s => !s.Key.Equals(ConfigurationKeys.Search.Seed, StringComparison.OrdinalIgnoreCase)).ToDictionary(s => s.Key, s => s.Value, StringComparer.OrdinalIgnoreCase);
        return new ComparisonRun(new Combination(name[..^(SeedSuffix.Length + seedValue.Length)], rest), seed);
    }
}
