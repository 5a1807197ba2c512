using System.Reflection;
using System.Runtime.Loader;

namespace DNArch.Host.Plugins;

/// <summary>
/// Loads one plugin assembly with its own private dependencies, while every assembly the host already ships
/// (Abstractions, TorchSharp, System.Composition, ...) comes from the host, so that plugin and host share one
/// TorchSharp and one set of extension-point types.
/// </summary>
sealed class PluginLoadContext(string pluginPath) : AssemblyLoadContext(Path.GetFileNameWithoutExtension(pluginPath))
{
    static readonly HashSet<string> HostAssemblies = ((string?)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") ?? "")
        .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
        .Select(Path.GetFileNameWithoutExtension)
        .OfType<string>()
        .ToHashSet(StringComparer.OrdinalIgnoreCase);

    readonly AssemblyDependencyResolver resolver = new(pluginPath);

    protected override Assembly? Load(AssemblyName name)
    {
        if (name.Name is { } simple && HostAssemblies.Contains(simple)) return null;
        return resolver.ResolveAssemblyToPath(name) is { } path ? LoadFromAssemblyPath(path) : null;
    }

    protected override IntPtr LoadUnmanagedDll(string unmanagedDllName) =>
        resolver.ResolveUnmanagedDllToPath(unmanagedDllName) is { } path ? LoadUnmanagedDllFromPath(path) : IntPtr.Zero;
}
