using System.Composition;
using System.Composition.Hosting;
using System.Reflection;
using DNArch.Abstractions.Configuration;
using DNArch.Abstractions.Plugins;
using Microsoft.Extensions.Logging;

namespace DNArch.Host.Plugins;

/// <summary>A plugin found by discovery, constructed and ready to register.</summary>
public sealed record DiscoveredPlugin(PluginDescriptor Descriptor, object Instance);

/// <summary>
/// Finds plugins with System.Composition: every <c>*.dll</c> in the configured folders is loaded into its own
/// <see cref="PluginLoadContext"/> and composed in a container of its own, so one broken assembly or plugin costs
/// a warning, never the others.
/// </summary>
public sealed class PluginDiscovery(ILogger<PluginDiscovery> logger)
{
    public IReadOnlyList<DiscoveredPlugin> Discover(IEnumerable<string> directories)
    {
        ArgumentNullException.ThrowIfNull(directories);
        var found = new List<DiscoveredPlugin>();
        foreach (var directory in directories)
        {
            if (!Directory.Exists(directory))
            {
                logger.LogWarning("Plugin folder {Folder} does not exist; skipped.", directory);
                continue;
            }
            logger.LogInformation("Searching plugin folder {Folder}", directory);
            foreach (var file in Directory.EnumerateFiles(directory, "*.dll").Order(StringComparer.Ordinal))
                found.AddRange(DiscoverIn(file));
        }
        RejectDuplicates(found);
        return found;
    }

    IEnumerable<DiscoveredPlugin> DiscoverIn(string file)
    {
        Assembly assembly;
        try
        {
            assembly = new PluginLoadContext(Path.GetFullPath(file)).LoadFromAssemblyPath(Path.GetFullPath(file));
            _ = assembly.GetTypes();
        }
        // Anything a foreign or broken assembly can throw while loading or reflecting (bad image, missing or
        // mismatched dependencies, type load failures) costs that assembly only.
        catch (Exception e) when (e is BadImageFormatException or FileLoadException or FileNotFoundException
                                      or ReflectionTypeLoadException or TypeLoadException)
        {
            logger.LogWarning("Plugin assembly {File} could not be loaded and was skipped: {Reason}", file, Reason(e));
            return [];
        }

        logger.LogInformation("Loaded plugin assembly {File}", file);
        using var container = new ContainerConfiguration().WithAssembly(assembly).CreateContainer();
        var plugins = new List<DiscoveredPlugin>();
        foreach (var kind in Enum.GetValues<PluginKind>())
        {
            foreach (var export in ComposedExports(container, kind, file))
            {
                var metadata = export.Metadata;
                try
                {
                    var instance = export.Value;
                    plugins.Add(new DiscoveredPlugin(
                        new PluginDescriptor(kind, metadata.Name, metadata.Description, file, PluginKinds.ContractOf(kind), metadata.Options),
                        instance));
                }
                catch (Exception e)
                {
                    logger.LogWarning("Plugin {Kind} '{Name}' in {File} could not be created and was skipped: {Reason}",
                        kind.ToName(), metadata.Name, file, Reason(e));
                }
            }
        }
        return plugins;
    }

    // An export whose imports nothing satisfies fails the whole kind's composition: that assembly's plugins of the
    // kind are skipped with a warning, the other assemblies still load.
    IEnumerable<Lazy<object, PluginMetadata>> ComposedExports(CompositionContext container, PluginKind kind, string file)
    {
        try
        {
            return Exports(container, kind);
        }
        catch (CompositionFailedException e)
        {
            logger.LogWarning("Plugin assembly {File}: its {Kind} plugins could not be composed and were skipped: {Reason}",
                file, kind.ToName(), Reason(e));
            return [];
        }
    }

    static readonly MethodInfo TypedExports = typeof(PluginDiscovery).GetMethod(nameof(Typed), BindingFlags.NonPublic | BindingFlags.Static)!;

    // The kind's contract comes from PluginKinds.ContractOf, the one map of kinds to interfaces.
    static IEnumerable<Lazy<object, PluginMetadata>> Exports(CompositionContext container, PluginKind kind) =>
        (IEnumerable<Lazy<object, PluginMetadata>>)TypedExports.MakeGenericMethod(PluginKinds.ContractOf(kind))
            .Invoke(null, BindingFlags.DoNotWrapExceptions, binder: null, [container], culture: null)!;

    // Materialised now so that a plugin whose constructor throws surfaces when its Value is read, one at a time.
    static IEnumerable<Lazy<object, PluginMetadata>> Typed<T>(CompositionContext container) where T : class =>
        container.GetExports<Lazy<T, PluginMetadata>>()
            .Select(e => new Lazy<object, PluginMetadata>(() => e.Value, e.Metadata))
            .ToList();

    static void RejectDuplicates(IEnumerable<DiscoveredPlugin> plugins)
    {
        var clash = plugins
            .GroupBy(p => (p.Descriptor.Kind, Name: p.Descriptor.Name.ToLowerInvariant()))
            .FirstOrDefault(g => g.Count() > 1);
        if (clash is null) return;
        var assemblies = string.Join(" and ", clash.Select(p => p.Descriptor.Assembly));
        throw new InvalidInputException(
            $"Two {clash.Key.Kind.ToName()} plugins are named '{clash.Key.Name}': in {assemblies}. " +
            "Plugin names must be unique per kind: remove one assembly from Plugins:Directories or rename the plugin.");
    }

    static string Reason(Exception e)
    {
        while (e is TargetInvocationException or CompositionFailedException && e.InnerException is not null)
            e = e.InnerException;
        return e is ReflectionTypeLoadException r && r.LoaderExceptions.FirstOrDefault(x => x is not null) is { } first
            ? first.Message
            : e.Message;
    }
}
