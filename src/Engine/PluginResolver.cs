using DNArch.Abstractions.Configuration;
using DNArch.Abstractions.Plugins;
using Microsoft.Extensions.DependencyInjection;

namespace DNArch.Engine;

/// <summary>Finds the plugin a configuration key names, or says which names exist.</summary>
public sealed class PluginResolver(IServiceProvider services, IEnumerable<PluginDescriptor> descriptors)
{
    readonly IReadOnlyList<PluginDescriptor> all = descriptors.ToList();

    public IReadOnlyList<PluginDescriptor> Descriptors => all;

    /// <summary>The plugin of <paramref name="kind"/> named <paramref name="name"/>, which <paramref name="key"/> configured.</summary>
    public T Resolve<T>(PluginKind kind, string? name, string key) where T : class
    {
        if (string.IsNullOrWhiteSpace(name))
            throw InvalidInputException.ForKey(key, "no plugin name is set", Valid(kind));
        var descriptor = all.FirstOrDefault(d => d.Kind == kind && string.Equals(d.Name, name, StringComparison.OrdinalIgnoreCase));
        if (descriptor is null || services.GetKeyedService<T>(descriptor.Name) is not { } plugin)
            throw InvalidInputException.ForKey(key, $"there is no {kind.ToName()} plugin named '{name}'", Valid(kind));
        return plugin;
    }

    string Valid(PluginKind kind)
    {
        var names = all.Where(d => d.Kind == kind).Select(d => d.Name).Order(StringComparer.Ordinal).ToList();
        return names.Count == 0
            ? $"No {kind.ToName()} plugins were found: check Plugins:Directories."
            : $"Valid names: {string.Join(", ", names)}.";
    }
}
