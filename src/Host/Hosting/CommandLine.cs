using System.CommandLine;
using System.CommandLine.Parsing;
using DNArch.Abstractions.Configuration;
using DNArch.Host.Commands;

namespace DNArch.Host.Hosting;

/// <summary>
/// <c>dnarch &lt;verb&gt; [options] [--Section:Key=value ...]</c>, parsed with System.CommandLine from the verbs of
/// <see cref="Verb.All"/>: the verb, its options and arguments, and the configuration overrides (every
/// <c>--Section:Key[=value]</c> token) left for the command-line configuration source. <see cref="Informational"/>
/// is set when the arguments asked for <c>--help</c> or <c>--version</c> rather than a run.
/// </summary>
public sealed record CommandLine(string Verb, IReadOnlyDictionary<string, string?> Options, IReadOnlyList<string> Positionals, string[] Overrides)
{
    public const string ConfigOption = "--config";

    /// <summary>The parse whose action prints help or the version; null for a verb to run.</summary>
    public ParseResult? Informational { get; init; }

    public bool Has(string option) => Options.ContainsKey(option);

    public string? Value(string option) => Options.TryGetValue(option, out var v) ? v : null;

    /// <summary>The program's root command: every verb, <c>--config</c>, <c>--help</c> and <c>--version</c>.</summary>
    public static RootCommand Root()
    {
        var root = new RootCommand("dnarch: a CNN that learns its own architecture by backpropagation (DNArch). " +
            "Configuration, later sources winning: appsettings.json < --config FILE < DNARCH_* environment variables < --Section:Key=value.")
        {
            new Option<string>(ConfigOption) { Description = "a JSON configuration file, over appsettings.json", HelpName = "FILE", Recursive = true },
        };
        foreach (var verb in Commands.Verb.All) root.Add(verb.Define());
        return root;
    }

    public static CommandLine Parse(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var (rest, overrides) = ConfigurationOverrides.Split(args);
        if (rest.Count == 0 || rest[0] == "help") rest = ["--help"];
        var result = Root().Parse(rest);
        if (result.Errors.Count > 0) throw new InvalidInputException(ParseErrors.Describe(result));
        if (result.Action is not null) return new CommandLine("", new Dictionary<string, string?>(), [], overrides) { Informational = result };

        var command = result.CommandResult;
        var options = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var option in command.Command.Options.Concat(result.RootCommandResult.Command.Options.Where(o => o.Recursive)))
        {
            if (result.GetResult(option) is not { Implicit: false } given) continue;
            // An option of several values (plugins --probe KIND NAME) keeps them space-separated.
            options[option.Name] = option.ValueType == typeof(bool) ? null : string.Join(' ', given.Tokens.Select(t => t.Value));
        }
        var positionals = command.Children.OfType<ArgumentResult>().SelectMany(a => a.Tokens).Select(t => t.Value).ToList();
        return new CommandLine(command.Command.Name, options, positionals, overrides);
    }
}
