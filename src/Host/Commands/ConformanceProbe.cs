using System.Text.Json;
using DNArch.Abstractions.Configuration;
using DNArch.Abstractions.Plugins;
using DNArch.Host.Hosting;
using DNArch.Plugins.Sdk.Conformance;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace DNArch.Host.Commands;

/// <summary>
/// <c>dnarch plugins --probe &lt;kind&gt; &lt;name&gt; [--json]</c>: runs the conformance checks on one discovered plugin
/// and prints a verdict per check. The plugin's options come from the section a search would read them from
/// (e.g. <c>Search:Kernel</c>) when that section selects this plugin; otherwise its defaults.
/// </summary>
sealed class ConformanceProbe(IReadOnlyList<PluginDescriptor> plugins, IServiceProvider services, IConfiguration configuration, IAnsiConsole console)
{
    static readonly PluginKind[] Probed = [PluginKind.Kernel, PluginKind.Mask, PluginKind.Resampler, PluginKind.Dataset, PluginKind.Budget];

    public int Run(CommandLine commandLine)
    {
        var given = commandLine.Value("--probe")?.Split(' ') ?? [];
        if (given.Length != 2)
            throw new InvalidInputException(
                $"plugins --probe: give a kind and a plugin name, e.g. 'dnarch plugins --probe kernel mlp'. Kinds: {Kinds}.");
        var (kind, name) = (Kind(given[0]), given[1]);
        var descriptor = plugins.FirstOrDefault(p => p.Kind == kind && string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase))
            ?? throw new InvalidInputException($"plugins --probe: there is no {kind.ToName()} plugin named '{name}'. {Valid(kind)}");

        TorchRuntime.EnsureLoaded();
        var plugin = services.GetRequiredKeyedService(descriptor.Contract, descriptor.Name);
        var results = PluginConformance.For(plugin, Section(kind, descriptor.Name))!.Run();
        Print(descriptor, results, commandLine.Has("--json"));
        return results.All(r => r.Passed) ? 0 : 1;
    }

    static string Kinds => string.Join(", ", Probed.Select(k => k.ToName()));

    static PluginKind Kind(string text) =>
        Probed.Cast<PluginKind?>().FirstOrDefault(k => string.Equals(k!.Value.ToName(), text, StringComparison.OrdinalIgnoreCase))
        ?? throw new InvalidInputException($"plugins --probe: '{text}' is not a kind with conformance checks. Kinds: {Kinds}.");

    string Valid(PluginKind kind)
    {
        var names = plugins.Where(p => p.Kind == kind).Select(p => p.Name).Order(StringComparer.Ordinal).ToList();
        return names.Count == 0 ? $"No {kind.ToName()} plugins were found: check Plugins:Directories." : $"Valid names: {string.Join(", ", names)}.";
    }

    // The configured section when it selects this plugin (its settings are what a search would use), else none.
    IConfigurationSection Section(PluginKind kind, string name)
    {
        var configured = configuration.GetSection(ConformanceSettings.SectionOf(kind));
        return string.Equals(configured["Type"], name, StringComparison.OrdinalIgnoreCase) ? configured : ConformanceSettings.Section(kind, name);
    }

    void Print(PluginDescriptor plugin, IReadOnlyList<ConformanceResult> results, bool json)
    {
        if (json)
        {
            var rows = results.Select(r => new { check = r.Check, passed = r.Passed, detail = r.Detail });
            console.Profile.Out.Writer.WriteLine(JsonSerializer.Serialize(rows, new JsonSerializerOptions { WriteIndented = true }));
            return;
        }
        var table = new Table().AddColumns("Check", "Verdict", "Detail");
        foreach (var r in results)
            table.AddRow(Markup.Escape(r.Check), r.Passed ? "[green]pass[/]" : "[red]FAIL[/]", Markup.Escape(r.Detail));
        console.Write(table);
        var passed = results.Count(r => r.Passed);
        console.MarkupLine($"{plugin.Kind.ToName()} [bold]{Markup.Escape(plugin.Name)}[/] ({Markup.Escape(Path.GetFileName(plugin.Assembly))}): " +
                           $"{passed} of {results.Count} checks passed.");
    }
}
