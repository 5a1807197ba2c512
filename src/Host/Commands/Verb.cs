using System.CommandLine;

namespace DNArch.Host.Commands;

/// <summary>A verb of <c>dnarch</c>: how it is parsed and which <see cref="ICommand"/> runs it.</summary>
public sealed record Verb(Func<Command> Define, Type Implementation)
{
    public string Name => Define().Name;

    public static Verb Of<T>() where T : class, ICommand, IVerb => new(T.Definition, typeof(T));

    /// <summary>Every verb. Adding one is a class implementing <see cref="ICommand"/> and <see cref="IVerb"/>, and a line here.</summary>
    public static IReadOnlyList<Verb> All { get; } =
    [
        Of<PluginsCommand>(),
        Of<SearchCommand>(),
        Of<CompareCommand>(),
        Of<RetrainCommand>(),
        Of<ConfigCommand>(),
        Of<EvaluateCommand>(),
        Of<PredictCommand>(),
        Of<ExportCommand>(),
    ];
}
