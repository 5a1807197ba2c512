using DNArch.Abstractions.Configuration;

namespace DNArch.Host.Hosting;

/// <summary>
/// <c>dnarch &lt;verb&gt; [options] [--Section:Key=value ...]</c>: the verb, the program's own options, and the
/// configuration overrides that are left for the command-line configuration source.
/// </summary>
public sealed record CommandLine(string Verb, IReadOnlyDictionary<string, string?> Options, IReadOnlyList<string> Positionals, string[] Overrides)
{
    public static readonly IReadOnlyDictionary<string, bool> KnownOptions = new Dictionary<string, bool>(StringComparer.Ordinal)
    {
        // option -> takes a value
        ["--json"] = false,
        ["--probe"] = false,
        ["--config"] = true,
        ["--resume"] = true,
        ["--collect"] = true,
        ["--resubmit"] = true,
        ["--split"] = true,
        ["--input"] = true,
        ["--output"] = true,
        ["--format"] = true,
        ["--help"] = false,
    };

    public static readonly string[] Verbs = ["plugins", "search", "compare", "retrain", "evaluate", "predict", "export"];

    public bool Has(string option) => Options.ContainsKey(option);

    public string? Value(string option) => Options.TryGetValue(option, out var v) ? v : null;

    public static CommandLine Parse(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (args.Length == 0 || args[0] is "--help" or "-h" or "help")
            return new CommandLine("help", new Dictionary<string, string?>(), [], []);
        var verb = args[0];
        if (!Verbs.Contains(verb))
            throw new InvalidInputException($"Unknown command '{verb}'. Valid commands: {string.Join(", ", Verbs)}.");

        var options = new Dictionary<string, string?>(StringComparer.Ordinal);
        var positionals = new List<string>();
        var overrides = new List<string>();
        for (var i = 1; i < args.Length; i++)
        {
            var arg = args[i];
            if (KnownOptions.TryGetValue(arg, out var takesValue))
            {
                if (takesValue && (i + 1 >= args.Length || args[i + 1].StartsWith("--", StringComparison.Ordinal)))
                    throw new InvalidInputException($"Option {arg} needs a value.");
                options[arg] = takesValue ? args[++i] : null;
            }
            else if (arg.StartsWith("--", StringComparison.Ordinal) && arg.Contains(':'))
            {
                overrides.Add(arg);
                if (!arg.Contains('=') && i + 1 < args.Length) overrides.Add(args[++i]);
            }
            else if (arg.StartsWith('-'))
            {
                throw new InvalidInputException(
                    $"Unknown option '{arg}'. Options: {string.Join(", ", KnownOptions.Keys)}; configuration overrides look like --Section:Key=value.");
            }
            else
            {
                positionals.Add(arg);
            }
        }
        return new CommandLine(verb, options, positionals, overrides.ToArray());
    }
}
