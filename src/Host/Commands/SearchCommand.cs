using System.CommandLine;
using DNArch.Engine.Runs;
using DNArch.Engine.Search;
using DNArch.Host.Hosting;
using DNArch.Host.Terminal;
using Microsoft.Extensions.Configuration;

namespace DNArch.Host.Commands;

/// <summary><c>dnarch search [--resume run-dir]</c>: an architecture search as configured.</summary>
public sealed class SearchCommand(IConfiguration configuration, RunFactory runs, RunConsole console) : ICommand, IVerb
{
    public static Command Definition() => new("search", "run an architecture search as configured (the default one with no arguments)")
    {
        new Option<string>("--resume") { Description = "continue the run in DIR from its last checkpoint", HelpName = "DIR" },
    };

    public async Task<int> RunAsync(CommandLine commandLine, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(commandLine);
        TorchRuntime.EnsureLoaded();
        cancellation.ThrowIfCancellationRequested();
        var resume = commandLine.Value("--resume") is { } path ? RunDirectory.Open(path, "--resume") : null;
        var search = resume is null
            ? configuration.GetSection(SearchOptions.Section)
            : RunOverrides.ForResume(RunConfiguration.Load(resume), commandLine);
        using var run = runs.Search(search, resume);
        await console.Run(run, cancellation);
        return 0;
    }
}
