using System.CommandLine;
using DNArch.Abstractions.Configuration;
using DNArch.Engine;
using DNArch.Engine.Models;
using DNArch.Engine.Search;
using DNArch.Host.Hosting;
using Microsoft.Extensions.Configuration;
using static TorchSharp.torch;

namespace DNArch.Host.Commands;

/// <summary>
/// <c>dnarch predict &lt;run-dir&gt; --input FILE [--output FILE] [--split S] [--Search:Dataset:*]</c>: the found
/// network's outputs for a <c>.npy</c> array of examples, or for a split (default test) of the run's data set read
/// from FILE (its <c>Search:Dataset:Path</c>), as CSV (on stdout without <c>--output</c>) or <c>.npy</c>
/// (<see cref="PredictionFiles"/>).
/// </summary>
public sealed class PredictCommand(PluginResolver plugins, RunFactory runs) : ICommand, IVerb
{
    public static Command Definition() => new("predict", "a found network's outputs for new inputs (.npy or the data set's format)")
    {
        new Argument<string>("run-dir") { Description = "the run directory of a finished search (or retrain)", Arity = ArgumentArity.ZeroOrOne },
        new Option<string>("--input") { Description = "a .npy array of examples, or a file or folder in the data set's format", HelpName = "FILE" },
        new Option<string>("--output") { Description = "a .npy or .csv file; CSV on stdout without it", HelpName = "FILE" },
        new Option<string>("--split") { Description = "validation, test (default) or train", HelpName = "SPLIT" },
    };


    public Task<int> RunAsync(CommandLine commandLine, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(commandLine);
        var input = commandLine.Value("--input")
            ?? throw InvalidInputException.ForKey("--input", "is missing", "Give a .npy array of examples or a file in the run's data set format");
        using var network = ModelArguments.Load(commandLine, plugins);
        var search = RunOverrides.ForData(network.Search, commandLine);
        using var inputs = input.EndsWith(".npy", StringComparison.OrdinalIgnoreCase)
            ? PredictionFiles.ReadInputs(input, network.Io)
            : DatasetInputs(search, input, ModelArguments.Split(commandLine), network);
        cancellation.ThrowIfCancellationRequested();
        using var outputs = network.Predict(inputs, search.GetValue("Training:BatchSize", new TrainingOptions().BatchSize));
        var output = commandLine.Value("--output") is { } path ? Path.GetFullPath(path) : null;
        PredictionFiles.WriteOutputs(outputs, network.Io.Task, output, Console.Out);
        if (output is not null) Console.Error.WriteLine($"dnarch: wrote {outputs.shape[0]} predictions to {output}");
        return Task.FromResult(DnarchProgram.Success);
    }

    // Every example of the split of the run's data set read from path, in order.
    Tensor DatasetInputs(IConfigurationSection search, string path, Abstractions.Datasets.DataSplit split, FoundNetwork network)
    {
        var configured = new ConfigurationBuilder()
            .AddInMemoryCollection(search.AsEnumerable().Where(p => p.Value is not null))
            .AddInMemoryCollection([new($"{search.Path}:Dataset:Path", Path.GetFullPath(path))])
            .Build().GetSection(search.Path);
        var data = runs.OpenDataset(configured);
        NetworkEvaluation.CheckFits(network, data.Info);
        var (inputs, targets) = data.Batch(split, Enumerable.Range(0, data.Count(split)).ToArray());
        targets.Dispose();
        return inputs;
    }
}
