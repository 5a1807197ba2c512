using System.CommandLine;
using System.CommandLine.Parsing;

namespace DNArch.Host.Hosting;

/// <summary>
/// One message for what System.CommandLine could not parse: the first error, with "did you mean" for a misspelt verb
/// or option and what is valid.
/// </summary>
static class ParseErrors
{
    public static string Describe(ParseResult result)
    {
        var command = result.CommandResult.Command;
        var isRoot = result.CommandResult.Parent is null;
        if (result.UnmatchedTokens.FirstOrDefault() is { } unmatched)
        {
            var verbs = command.Subcommands.Select(c => c.Name).ToList();
            var options = command.Options.Concat(result.RootCommandResult.Command.Options.Where(o => o.Recursive)).Select(o => o.Name).Distinct().ToList();
            if (isRoot && !unmatched.StartsWith('-'))
                return $"unknown command '{unmatched}'.{Suggest(unmatched, verbs)} Commands: {string.Join(", ", verbs)}.";
            return $"{Where(command, isRoot)}unknown {(unmatched.StartsWith('-') ? "option" : "argument")} '{unmatched}'.{Suggest(unmatched, options)} " +
                   $"Options: {string.Join(", ", options)}; configuration overrides look like --Section:Key=value.";
        }
        return $"{Where(command, isRoot)}{result.Errors[0].Message} See 'dnarch {(isRoot ? "" : command.Name + " ")}--help'.";
    }

    static string Where(Command command, bool isRoot) => isRoot ? "" : $"{command.Name}: ";

    static string Suggest(string token, IEnumerable<string> names)
    {
        var close = names.Where(n => Spelling.Distance(token.ToLowerInvariant(), n.ToLowerInvariant()) <= Math.Max(1, n.Length / 3)).ToList();
        return close.Count == 0 ? "" : $" Did you mean {string.Join(" or ", close.Select(n => $"'{n}'"))}?";
    }
}
