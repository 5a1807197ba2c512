using DNArch.Abstractions.Configuration;
using DNArch.Engine.Runs;
using DNArch.Engine.Search;
using Microsoft.Extensions.Configuration;

namespace DNArch.Engine.Compare;

/// <summary>
/// A comparison run in this process, one search after another (no launcher): its folder
/// <c>Search:Output/Compare:Name</c>, every search prepared (so validated) before the first trains, and the report
/// (<see cref="ComparisonReport"/>) rewritten after each finished search. A configuration that fails before anything trained leaves no folder behind,
/// so the next try gets the same name.
/// </summary>
public sealed class LocalComparison : IDisposable
{
    readonly List<ComparisonRow> rows = [];

    LocalComparison(string folder, IReadOnlyList<(ComparisonRun, PreparedRun)> searches)
    {
        Folder = folder;
        Searches = searches;
    }

    public string Folder { get; }

    public IReadOnlyList<(ComparisonRun Run, PreparedRun Search)> Searches { get; }

    /// <summary>The aggregated table of the searches finished so far, as <c>compare.md</c> has it.</summary>
    public ComparisonTable Table { get; private set; } = ComparisonTable.Of([]);

    public static LocalComparison Prepare(IConfiguration configuration, RunFactory runs)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(runs);
        var plan = ComparisonPlan.From(configuration);
        var folder = RunDirectory.CreateNew(configuration[ConfigurationKeys.Search.Output] ?? "runs", configuration[ConfigurationKeys.Compare.Name] ?? "compare").Path;
        var prepared = new List<(ComparisonRun, PreparedRun)>();
        try
        {
            foreach (var run in plan.Runs) prepared.Add((run, runs.Search(Overlay(configuration, run, folder))));
            return new LocalComparison(folder, prepared);
        }
        catch
        {
            // Nothing has trained yet: the folder holds only the prepared runs' config.json files.
            foreach (var (_, search) in prepared) search.Dispose();
            RunDirectory.TryDelete(folder);
            throw;
        }
    }

    /// <summary>
    /// Runs every search, one after another, by <paramref name="execute"/> (the host's, which shows it), reading each
    /// finished run and rewriting the report after it.
    /// </summary>
    public async Task RunAsync(Func<ComparisonRun, PreparedRun, Task> execute)
    {
        ArgumentNullException.ThrowIfNull(execute);
        foreach (var (run, search) in Searches)
        {
            await execute(run, search);
            rows.Add(ComparisonRow.Read(run, search.Run.Path) ?? throw new InvalidOperationException($"{search.Run.Path} has no final architecture."));
            Table = ComparisonReport.Write(Folder, rows);
        }
    }

    public void Dispose()
    {
        foreach (var (_, search) in Searches) search.Dispose();
    }

    static IConfigurationSection Overlay(IConfiguration configuration, ComparisonRun run, string folder)
    {
        var settings = new Dictionary<string, string?>(run.Settings)
        {
            [ConfigurationKeys.Search.Output] = folder,
            [ConfigurationKeys.Search.Name] = run.Name,
        };
        return new ConfigurationBuilder().AddConfiguration(configuration).AddInMemoryCollection(settings).Build()
            .GetSection(SearchOptions.Section);
    }
}
