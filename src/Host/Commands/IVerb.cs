using System.CommandLine;

namespace DNArch.Host.Commands;

/// <summary>
/// A verb's definition for parsing and <c>--help</c>: its name, description, options and arguments (System.CommandLine),
/// without an action; <see cref="ICommand.RunAsync"/> runs it.
/// </summary>
public interface IVerb
{
    static abstract Command Definition();
}
