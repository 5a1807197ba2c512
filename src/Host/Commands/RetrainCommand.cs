using System.CommandLine;
using DNArch.Abstractions.Configuration;
using DNArch.Engine.Runs;
using DNArch.Engine.Search;
using DNArch.Host.Hosting;
using DNArch.Host.Terminal;

namespace DNArch.Host.Commands;

/// <summary><c>dnarch retrain &lt;run-dir&gt;</c>: the architecture a search found, as a fixed network, from scratch.</summary>
public sealed class RetrainCommand(RunFactory runs, RunConsole console) : ICommand, IVerb
{
    public static Command Definition() => new("retrain", "train the architecture a search found, as a fixed network, from scratch " +
        "(overrides: --Search:Training:*, --Search:Seed)")
    {
        new Argument<string>("run-dir") { Description = "the run directory of a finished search", Arity = ArgumentArity.ZeroOrOne },
    };

    public async Task<int> RunAsync(CommandLine commandLine, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(commandLine);
        if (commandLine.Positionals.Count != 1)
            throw new InvalidInputException("retrain needs one argument: the run directory of a finished search (e.g. runs/default).");
        TorchRuntime.EnsureLoaded();
        cancellation.ThrowIfCancellationRequested();
        var searched = RunDirectory.OpenForReading(commandLine.Positionals[0], "retrain");
        using var run = runs.Retrain(searched, RunOverrides.ForRetrain(RunConfiguration.Load(searched), commandLine));
        await console.Run(run, cancellation);
        return 0;
    }
}
