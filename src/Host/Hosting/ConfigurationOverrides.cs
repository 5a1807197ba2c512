namespace DNArch.Host.Hosting;

/// <summary>
/// The <c>--Section:Key=value</c> (or <c>--Section:Key value</c>) tokens of a command line, wherever they stand: they
/// go to the command-line configuration source, the rest to the verb parser.
/// </summary>
static class ConfigurationOverrides
{
    public static (List<string> Arguments, string[] Overrides) Split(IReadOnlyList<string> args)
    {
        var rest = new List<string>();
        var overrides = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (!IsOverride(arg))
            {
                rest.Add(arg);
                continue;
            }
            overrides.Add(arg);
            if (!arg.Contains('=') && i + 1 < args.Count) overrides.Add(args[++i]);
        }
        return (rest, overrides.ToArray());
    }

    static bool IsOverride(string arg) =>
        arg.StartsWith("--", StringComparison.Ordinal) && arg.IndexOf(':') is var colon and > 2 && (arg.IndexOf('=') is var eq && (eq < 0 || colon < eq));
}
