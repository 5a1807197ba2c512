using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Nodes;
using DNArch.Engine;
using DNArch.Engine.Configuration;
using DNArch.Host.Hosting;
using DNArch.Plugins.Sdk.IO;
using Microsoft.Extensions.Configuration;

namespace DNArch.Host.Commands;

/// <summary>
/// <c>dnarch config [--json]</c>: the resolved configuration, every key (plugin options included) with its value,
/// default and source; <c>--schema [FILE]</c> writes the JSON schema and <c>--docs [FILE]</c> the reference page
/// (docs/configuration.md), both generated from the option classes of the program and its plugins.
/// </summary>
public sealed class ConfigCommand(IConfiguration configuration, PluginResolver plugins) : ICommand, IVerb
{
    static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static Command Definition() => new("config", "print the resolved configuration: every key with its value, default and source")
    {
        new Option<bool>("--json") { Description = "print it as JSON" },
        new Option<string>("--schema") { Description = "write the configuration's JSON schema to FILE (or stdout)", HelpName = "FILE", Arity = ArgumentArity.ZeroOrOne },
        new Option<string>("--docs") { Description = "write the reference page of every key to FILE (or stdout)", HelpName = "FILE", Arity = ArgumentArity.ZeroOrOne },
    };

    public Task<int> RunAsync(CommandLine commandLine, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(commandLine);
        if (commandLine.Has("--schema"))
            Write(commandLine.Value("--schema"), ConfigurationSchema.Text(plugins.Descriptors));
        else if (commandLine.Has("--docs"))
            Write(commandLine.Value("--docs"), ConfigurationReference.Generate(plugins.Descriptors));
        else
            List(new ResolvedConfiguration(plugins.Descriptors).Resolve(configuration, ConfigurationSources.Of(configuration)), commandLine.Has("--json"));
        return Task.FromResult(DnarchProgram.Success);
    }

    static void List(IReadOnlyList<ConfigurationKey> keys, bool json)
    {
        if (json)
        {
            var rows = new JsonArray([.. keys.Select(k => new JsonObject
            {
                ["key"] = k.Path,
                ["value"] = ConfigurationJson.Value(k.Value),
                ["default"] = ConfigurationJson.Value(k.Default),
                ["source"] = k.Source,
            })]);
            Console.Out.WriteLine(rows.ToJsonString(Indented));
            return;
        }
        // Plain lines, never wrapped: key = value, then the default where it differs, and the source.
        var width = keys.Max(k => k.Path.Length);
        foreach (var key in keys)
        {
            var value = ConfigurationReference.Format(key.Value);
            var byDefault = ConfigurationReference.Format(key.Default);
            var note = key.Source == ConfigurationKey.DefaultSource ? "default" : value == byDefault ? key.Source : $"{key.Source}; default {(byDefault.Length == 0 ? "unset" : byDefault)}";
            Console.Out.WriteLine($"{key.Path.PadRight(width)} = {(value.Length == 0 ? "(unset)" : value)}  [{note}]");
        }
    }

    static void Write(string? file, string text)
    {
        if (file is null) Console.Out.Write(text);
        else AtomicFile.WriteAllText(Path.GetFullPath(file), text);
    }
}
