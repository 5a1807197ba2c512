using System.Diagnostics;
using DNArch.Engine.Compare;
using DNArch.Engine.Runs;
using DNArch.Engine.Search;
using DNArch.Host.Hosting;
using DNArch.Host.Terminal;
using Microsoft.Extensions.Configuration;
using Spectre.Console;

namespace DNArch.Host.Commands;

/// <summary>
/// <c>dnarch compare</c>: every combination of <c>Compare:Vary</c> as a search on the same task and seed, one after
/// another, then one table (also <c>compare.md</c> and <c>compare.csv</c> in <c>Search:Output/Compare:Name</c>).
/// </summary>
public sealed class CompareCommand(IConfiguration configuration, RunFactory runs, RunConsole console, IAnsiConsole terminal) : ICommand
{
    public async Task<int> RunAsync(CommandLine commandLine, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(commandLine);
        TorchRuntime.EnsureLoaded();
        var plan = ComparisonPlan.From(configuration);
        var folder = RunDirectory.CreateNew(configuration["Search:Output"] ?? "runs", configuration["Compare:Name"] ?? "compare").Path;
        // Every combination is prepared (and so validated) before the first one trains.
        var prepared = plan.Select(c => (Combination: c, Run: runs.Search(Overlay(c, folder)))).ToList();
        var rows = new List<ComparisonRow>();
        try
        {
            foreach (var (combination, run) in prepared)
            {
                terminal.MarkupLine($"[bold]{Markup.Escape(combination.Name)}[/]");
                var clock = Stopwatch.StartNew();
                var record = await console.Run(run, cancellation);
                var (metric, value) = record.Metrics.Where(m => m.Key.StartsWith("test", StringComparison.Ordinal)).Select(m => (m.Key, m.Value)).FirstOrDefault();
                rows.Add(new ComparisonRow(combination.Name, combination.Settings, metric ?? "", value, record.Params, record.Flops,
                    record.Depth, record.MaxDepth, clock.Elapsed.TotalSeconds, run.Run.Path));
                ComparisonReport.Write(folder, rows);
            }
        }
        finally
        {
            foreach (var (_, run) in prepared) run.Dispose();
        }
        terminal.Write(File.ReadAllText(Path.Combine(folder, "compare.md")));
        terminal.WriteLine($"comparison: {folder}");
        return 0;
    }

    IConfigurationSection Overlay(Combination combination, string folder)
    {
        var settings = new Dictionary<string, string?>(combination.Settings)
        {
            ["Search:Output"] = folder,
            ["Search:Name"] = combination.Name,
        };
        return new ConfigurationBuilder().AddConfiguration(configuration).AddInMemoryCollection(settings).Build()
            .GetSection(SearchOptions.Section);
    }
}
