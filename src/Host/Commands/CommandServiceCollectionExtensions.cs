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
        services.AddKeyedSingleton<ICommand, PluginsCommand>("plugins");
        services.AddKeyedSingleton<ICommand, SearchCommand>("search");
        services.AddKeyedSingleton<ICommand, RetrainCommand>("retrain");
        services.AddKeyedSingleton<ICommand, CompareCommand>("compare");
        services.AddKeyedSingleton<ICommand, EvaluateCommand>("evaluate");
        services.AddKeyedSingleton<ICommand, ExportCommand>("export");
        services.AddKeyedSingleton<ICommand, PredictCommand>("predict");
        return services;
    }
}
