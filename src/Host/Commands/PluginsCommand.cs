using System.CommandLine;
using System.Text.Json;
using DNArch.Abstractions.Plugins;
using DNArch.Host.Hosting;
using Microsoft.Extensions.Configuration;
using Spectre.Console;

namespace DNArch.Host.Commands;

/// <summary>
/// <c>dnarch plugins [--json]</c>: every discovered plugin with kind, name, assembly and description;
/// <c>--probe &lt;kind&gt; &lt;name&gt;</c> runs the conformance checks on one of them (<see cref="ConformanceProbe"/>).
/// </summary>
public sealed class PluginsCommand(IEnumerable<PluginDescriptor> plugins, IServiceProvider services, IConfiguration configuration, IAnsiConsole console)
    : ICommand, IVerb
{
    public static Command Definition() => new("plugins", "list every discovered plugin: kind, name, assembly, description")
    {
        new Option<bool>("--json") { Description = "print the list (or the probe's verdicts) as JSON" },
        new Option<string[]>("--probe")
        {
            Description = "run the conformance checks on one plugin, given by its kind and name (e.g. --probe kernel mlp)",
            HelpName = "KIND NAME", Arity = new ArgumentArity(2, 2), AllowMultipleArgumentsPerToken = true,
        },
    };

    public Task<int> RunAsync(CommandLine commandLine, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(commandLine);
        var ordered = plugins.OrderBy(p => p.Kind).ThenBy(p => p.Name, StringComparer.Ordinal).ToList();
        if (commandLine.Has("--probe"))
            return Task.FromResult(new ConformanceProbe(ordered, services, configuration, console).Run(commandLine));
        if (commandLine.Has("--json"))
        {
            var rows = ordered.Select(p => new
            {
                kind = p.Kind.ToName(),
                name = p.Name,
                assembly = Path.GetFileName(p.Assembly),
                path = p.Assembly,
                description = p.Description,
            });
            console.Profile.Out.Writer.WriteLine(JsonSerializer.Serialize(rows, new JsonSerializerOptions { WriteIndented = true }));
            return Task.FromResult(0);
        }

        var table = new Table().AddColumns("Kind", "Name", "Assembly", "Description");
        foreach (var p in ordered)
            table.AddRow(p.Kind.ToName(), Markup.Escape(p.Name), Markup.Escape(Path.GetFileName(p.Assembly)), Markup.Escape(p.Description));
        console.Write(table);
        if (ordered.Count == 0) console.MarkupLine("[yellow]No plugins found.[/] Check Plugins:Directories.");
        return Task.FromResult(0);
    }
}
