using DNArch.Engine.Compare;
using DNArch.Engine.Search;
using DNArch.Host.Terminal;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace DNArch.Host.Commands;

public static class CommandServiceCollectionExtensions
{
    /// <summary>The verbs of <c>dnarch</c>, keyed by verb, and the terminal they report to.</summary>
    public static IServiceCollection AddDnarchCommands(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddSingleton(AnsiConsole.Console);
        services.AddSingleton<ProgressBoard>();
        services.AddSingleton<ISearchObserver>(sp => sp.GetRequiredService<ProgressBoard>());
        services.AddSingleton<RunConsole>();
        services.AddSingleton<SweepCoordinator>();
        services.AddSingleton<SweepConsole>();
        services.AddSingleton<ComparisonConsole>();
        foreach (var verb in Verb.All) services.AddKeyedSingleton(typeof(ICommand), verb.Name, verb.Implementation);
        return services;
    }
}
