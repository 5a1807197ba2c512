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
/// <c>dnarch compare</c>: every combination of <c>Compare:Vary</c> as a search on the same task and seed, then one
/// table (also <c>compare.md</c> and <c>compare.csv</c> in <c>Search:Output/Compare:Name</c>). Without
/// <c>Compare:Launcher:Type</c> the searches run here, one after another, all validated before the first trains;
/// with it, the launcher plugin runs them as a sweep (<see cref="SweepConsole"/>), which <c>--collect DIR</c> and
/// <c>--resubmit DIR</c> take up later.
/// </summary>
public sealed class CompareCommand(IConfiguration configuration, RunFactory runs, RunConsole console, SweepConsole sweeps, IAnsiConsole terminal) : ICommand
{
    public async Task<int> RunAsync(CommandLine commandLine, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(commandLine);
        if (commandLine.Value("--collect") is { } collect) return await sweeps.CollectAsync(collect, cancellation);
        if (commandLine.Value("--resubmit") is { } resubmit) return await sweeps.ResubmitAsync(resubmit, cancellation);
        if (SweepCoordinator.IsConfigured(configuration)) return await sweeps.StartAsync(cancellation);
        return await RunHereAsync(cancellation);
    }

    async Task<int> RunHereAsync(CancellationToken cancellation)
    {
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
                rows.Add(ComparisonRow.Of(combination.Name, combination.Settings, record, clock.Elapsed.TotalSeconds, run.Run.Path));
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
