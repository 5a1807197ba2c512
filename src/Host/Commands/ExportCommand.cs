using System.CommandLine;
using DNArch.Abstractions.Configuration;
using DNArch.Engine;
using DNArch.Engine.Export;
using DNArch.Host.Hosting;

namespace DNArch.Host.Commands;

/// <summary>
/// <c>dnarch export &lt;run-dir&gt; --format onnx [--output FILE]</c>: the found network as a fixed ONNX graph
/// (<see cref="OnnxExport"/>), by default <c>model.onnx</c> in the run directory.
/// </summary>
public sealed class ExportCommand(PluginResolver plugins) : ICommand, IVerb
{
    public static Command Definition() => new("export", "a found network as a fixed graph (ONNX)")
    {
        new Argument<string>("run-dir") { Description = "the run directory of a finished search (or retrain)", Arity = ArgumentArity.ZeroOrOne },
        new Option<string>("--format") { Description = "onnx (the only format)", HelpName = "FORMAT" },
        new Option<string>("--output") { Description = "the model file (default: model.onnx in the run directory)", HelpName = "FILE" },
    };


    public Task<int> RunAsync(CommandLine commandLine, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(commandLine);
        var format = commandLine.Value("--format") ?? "onnx";
        if (!format.Equals("onnx", StringComparison.OrdinalIgnoreCase))
            throw InvalidInputException.ForKey("--format", $"'{format}' is not an export format", "Use onnx");
        using var network = ModelArguments.Load(commandLine, plugins);
        var output = Path.GetFullPath(commandLine.Value("--output") ?? network.Run.Combine("model.onnx"));
        OnnxExport.Write(network, output);
        Console.Out.WriteLine($"wrote {output}");
        return Task.FromResult(DnarchProgram.Success);
    }
}
