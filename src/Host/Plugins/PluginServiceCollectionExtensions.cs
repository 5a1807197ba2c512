using DNArch.Abstractions.Plugins;
using Microsoft.Extensions.DependencyInjection;

namespace DNArch.Host.Plugins;

public static class PluginServiceCollectionExtensions
{
    /// <summary>
    /// Registers each discovered plugin as a keyed singleton of its kind's contract, keyed by its name, and its
    /// <see cref="PluginDescriptor"/> for listings and error messages.
    /// </summary>
    public static IServiceCollection AddDnarchPlugins(this IServiceCollection services, IEnumerable<DiscoveredPlugin> plugins)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(plugins);
        foreach (var plugin in plugins)
        {
            services.AddKeyedSingleton(plugin.Descriptor.Contract, plugin.Descriptor.Name, plugin.Instance);
            services.AddSingleton(plugin.Descriptor);
        }
        return services;
    }
}
