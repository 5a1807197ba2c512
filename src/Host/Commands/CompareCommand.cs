using System.CommandLine;
using DNArch.Engine.Compare;
using DNArch.Engine.Search;
using DNArch.Host.Hosting;
using DNArch.Host.Terminal;
using Microsoft.Extensions.Configuration;
using Spectre.Console;

namespace DNArch.Host.Commands;

/// <summary>
/// <c>dnarch compare</c>: every combination of <c>Compare:Vary</c> (times every seed of <c>Compare:Seeds</c>) as a
/// search on the same task, then one table aggregated over the seeds (also <c>compare.md</c>, <c>compare.csv</c>,
/// <c>runs.csv</c> and plots in <c>Search:Output/Compare:Name</c>). Without
/// <c>Compare:Launcher:Type</c> the searches run here, one after another, all validated before the first trains;
/// with it, the launcher plugin runs them as a sweep (<see cref="SweepConsole"/>), which <c>--collect DIR</c> and
/// <c>--resubmit DIR</c> take up later.
/// </summary>
public sealed class CompareCommand(IConfiguration configuration, RunFactory runs, RunConsole console, SweepConsole sweeps, ComparisonConsole table, IAnsiConsole terminal) : ICommand, IVerb
{
    public static Command Definition() => new("compare", "run several plugin combinations (and seeds) on one task and print one aggregated table")
    {
        new Option<string>("--collect") { Description = "gather the finished runs of the launched sweep in DIR", HelpName = "DIR" },
        new Option<string>("--resubmit") { Description = "launch the failed and missing tasks of the sweep in DIR again", HelpName = "DIR" },
    };

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
        using var comparison = LocalComparison.Prepare(configuration, runs);
        await comparison.RunAsync(async (run, search) =>
        {
            terminal.MarkupLine($"[bold]{Markup.Escape(run.Name)}[/]");
            await console.Run(search, cancellation);
        });
        table.Write(comparison.Folder, comparison.Table);
        return 0;
    }
}
