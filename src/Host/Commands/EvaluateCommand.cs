using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using DNArch.Engine;
using DNArch.Engine.Models;
using DNArch.Engine.Runs;
using DNArch.Engine.Search;
using DNArch.Host.Hosting;
using DNArch.Plugins.Sdk.IO;
using Microsoft.Extensions.Configuration;

namespace DNArch.Host.Commands;

/// <summary>
/// <c>dnarch evaluate &lt;run-dir&gt; [--split validation|test] [--output FILE|-] [--Search:Dataset:*]</c>: the found
/// network on a split of its data set (or of another one, by overrides): accuracy or error, loss, confusion matrix,
/// throughput. Prints a summary and writes <c>evaluation.json</c> into the run directory, or to <c>--output</c>
/// (<c>-</c>: the JSON on stdout instead of the summary).
/// </summary>
public sealed class EvaluateCommand(PluginResolver plugins, RunFactory runs) : ICommand, IVerb
{
    public static Command Definition() => new("evaluate", "measure a found network on a split of its data set, or of another " +
        "(overrides: --Search:Dataset:*)")
    {
        new Argument<string>("run-dir") { Description = "the run directory of a finished search (or retrain)", Arity = ArgumentArity.ZeroOrOne },
        new Option<string>("--split") { Description = "validation, test (default) or train", HelpName = "SPLIT" },
        new Option<string>("--output") { Description = "where evaluation.json goes; - prints it", HelpName = "FILE" },
    };


    public Task<int> RunAsync(CommandLine commandLine, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(commandLine);
        var split = ModelArguments.Split(commandLine);
        using var network = ModelArguments.Load(commandLine, plugins);
        var search = RunOverrides.ForData(network.Search, commandLine);
        var data = runs.OpenDataset(search);
        var batchSize = search.GetValue("Training:BatchSize", new TrainingOptions().BatchSize);
        var report = NetworkEvaluation.Run(network, data, split, batchSize, cancellation);
        var json = JsonSerializer.Serialize(report, RunDirectory.Json);
        var output = commandLine.Value("--output") ?? network.Run.Combine("evaluation.json");
        if (output == "-")
        {
            Console.Out.WriteLine(json);
            return Task.FromResult(DnarchProgram.Success);
        }
        AtomicFile.WriteAllText(output, json + "\n");
        Summarise(report);
        Console.Out.WriteLine($"wrote {output}");
        return Task.FromResult(DnarchProgram.Success);
    }

    static void Summarise(EvaluationReport report)
    {
        var c = CultureInfo.InvariantCulture;
        Console.Out.WriteLine($"{report.Run}: {report.Split} split of {report.Dataset}, {report.Examples} examples");
        Console.Out.WriteLine(string.Create(c,
            $"{report.Figure} {report.Value:0.0000}, loss {report.Loss:0.0000}, {report.SamplesPerSecond:#,0.#} samples/s (batch {report.BatchSize})"));
        foreach (var (name, value) in report.Detection ?? new Dictionary<string, double>())
            Console.Out.WriteLine(string.Create(c, $"{name} {value:0.0000}"));
        if (report.Confusion is not { } rows) return;
        Console.Out.WriteLine("confusion (rows: true class, columns: predicted class):");
        var width = rows.SelectMany(r => r).Max().ToString(c).Length + 1;
        foreach (var row in rows) Console.Out.WriteLine(string.Concat(row.Select(n => n.ToString(c).PadLeft(width))));
    }
}
