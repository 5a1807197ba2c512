using System.Globalization;
using System.Text.RegularExpressions;
using DNArch.Abstractions.Configuration;
using Microsoft.Extensions.Configuration;

namespace DNArch.Engine.Compare;

/// <summary>One combination of a comparison: a name and the configuration values it sets.</summary>
public sealed record Combination(string Name, IReadOnlyDictionary<string, string?> Settings);

/// <summary>
/// What a comparison runs: the cross product of the <c>Compare:Vary</c> axes (<see cref="VaryAxis"/>; the first
/// axis varies slowest, values in the order given), each combination once per seed of <c>Compare:Seeds</c> (or of
/// <c>Search:Seed</c> in <c>Compare:Vary</c>), whose results are aggregated rather than compared.
/// </summary>
public sealed partial record ComparisonPlan(IReadOnlyList<Combination> Combinations, IReadOnlyList<int> Seeds)
{
    /// <summary>Every run, combination by combination, seed by seed; without seeds, one per combination.</summary>
    public IReadOnlyList<ComparisonRun> Runs =>
        Seeds.Count == 0
            ? [.. Combinations.Select(c => new ComparisonRun(c, null))]
            : [.. Combinations.SelectMany(c => Seeds.Select(s => new ComparisonRun(c, s)))];

    public static ComparisonPlan From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var axes = VaryAxis.Read(configuration.GetSection(ConfigurationKeys.Compare.Vary));
        var seeds = ReadSeeds(configuration, axes);
        axes = [.. axes.Where(a => !IsSeed(a.Key))];
        if (axes.Count == 0 && seeds.Count == 0)
            throw InvalidInputException.ForKey(ConfigurationKeys.Compare.Vary, "no keys to vary",
                "Give at least one key with a list of values, e.g. --Compare:Vary:Search:Kernel:Type=mlp,siren,magnet, or seeds in Compare:Seeds.");
        var prefixes = CombinationNames.Prefixes(axes.Select(a => a.Key).ToList());
        IEnumerable<IReadOnlyList<(VaryAxis Axis, VaryValue Value)>> product = [[]];
        foreach (var axis in axes)
            product = product.SelectMany(chosen => axis.Values.Select(v => (IReadOnlyList<(VaryAxis, VaryValue)>)[.. chosen, (axis, v)]));
        var combinations = product.Select(c => new Combination(
            c.Count == 0 ? "base" : string.Join("_", c.Select(s => Safe($"{prefixes[s.Axis.Key]}-{s.Value.Label}"))),
            c.SelectMany(s => s.Value.Settings).ToDictionary(s => s.Key, s => s.Value, StringComparer.OrdinalIgnoreCase))).ToList();
        if (combinations.GroupBy(c => c.Name, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1) is { } twins)
            throw InvalidInputException.ForKey(ConfigurationKeys.Compare.Vary, $"two combinations are both named '{twins.Key}'", "Give values that differ.");
        return new ComparisonPlan(combinations, seeds);
    }

    static List<int> ReadSeeds(IConfiguration configuration, IReadOnlyList<VaryAxis> axes)
    {
        var listed = configuration.GetSection(ConfigurationKeys.Compare.Seeds);
        var values = listed.GetChildren().Any()
            ? listed.GetChildren().Select(c => c.Value ?? "").ToList()
            : (listed.Value ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToList();
        var key = ConfigurationKeys.Compare.Seeds;
        if (axes.FirstOrDefault(a => IsSeed(a.Key)) is { } varied)
        {
            if (values.Count > 0)
                throw InvalidInputException.ForKey(ConfigurationKeys.Compare.Seeds, $"given together with {ConfigurationKeys.Compare.Vary}:{ConfigurationKeys.Search.Seed}", "Give the seeds in one of the two.");
            key = $"{ConfigurationKeys.Compare.Vary}:{ConfigurationKeys.Search.Seed}";
            values = [.. varied.Values.Select(v => v.Label)];
        }
        var seeds = values.Select(v => int.TryParse(v, NumberStyles.None, CultureInfo.InvariantCulture, out var seed)
            ? seed
            : throw InvalidInputException.ForKey(key, $"'{v}' is not a seed", "Give whole numbers of 0 or more, e.g. 1,2,3.")).ToList();
        if (seeds.Count != seeds.Distinct().Count())
            throw InvalidInputException.ForKey(key, "a seed given twice", "Give each seed once.");
        return seeds;
    }

    static bool IsSeed(string key) => key.Equals(ConfigurationKeys.Search.Seed, StringComparison.OrdinalIgnoreCase);

    // Run names become folder names and Search:Name, which takes letters, digits, '.', '_' and '-'.
    static string Safe(string name) => Unsafe().Replace(name, "-");

    [GeneratedRegex("[^A-Za-z0-9._-]")]
    private static partial Regex Unsafe();
}
