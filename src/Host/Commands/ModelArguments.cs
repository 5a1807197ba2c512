using DNArch.Abstractions.Configuration;
using DNArch.Abstractions.Datasets;
using DNArch.Engine;
using DNArch.Engine.Models;
using DNArch.Host.Hosting;

namespace DNArch.Host.Commands;

/// <summary>What <c>evaluate</c>, <c>predict</c> and <c>export</c> read from their command line alike.</summary>
static class ModelArguments
{
    /// <summary>The one positional argument, a run directory, loaded as its <see cref="FoundNetwork"/>.</summary>
    public static FoundNetwork Load(CommandLine commandLine, PluginResolver plugins)
    {
        if (commandLine.Positionals.Count != 1)
            throw new InvalidInputException(
                $"{commandLine.Verb} needs one argument: the run directory of a finished search (e.g. runs/default).");
        TorchRuntime.EnsureLoaded();
        return FoundNetwork.Load(commandLine.Positionals[0], plugins);
    }

    /// <summary><c>--split train|validation|test</c>, the test split by default.</summary>
    public static DataSplit Split(CommandLine commandLine) => commandLine.Value("--split")?.ToLowerInvariant() switch
    {
        null or "test" => DataSplit.Test,
        "validation" => DataSplit.Validation,
        "train" => DataSplit.Train,
        var other => throw InvalidInputException.ForKey("--split", $"'{other}' is not a split", "Use validation, test or train"),
    };
}
