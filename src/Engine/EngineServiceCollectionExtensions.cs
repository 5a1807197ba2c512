using DNArch.Engine.Network;
using DNArch.Engine.Reporting;
using DNArch.Engine.Search;
using Microsoft.Extensions.DependencyInjection;

namespace DNArch.Engine;

public static class EngineServiceCollectionExtensions
{
    /// <summary>The search engine: plugin resolution, networks, the trainer and the runs it prepares.</summary>
    public static IServiceCollection AddDnarchEngine(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddSingleton<PluginResolver>();
        services.AddSingleton<SupernetFactory>();
        services.AddSingleton<Trainer>();
        services.AddSingleton<RunFactory>();
        services.AddSingleton<ISearchObserver, TensorBoardObserver>();
        services.AddSingleton<ISearchObserver, PlotObserver>();
        return services;
    }
}
