using DNArch.Abstractions.Kernels;
using DNArch.Plugins.Kernels;
using Microsoft.Extensions.Configuration;

namespace DNArch.Tests.Kernels;

/// <summary>Creates kernel generators the way the host does: through the plugin, from a <c>Search:Kernel</c> section.</summary>
static class KernelPlugins
{
    public const string Section = "Search:Kernel";

    public static IKernelPlugin Named(string name) => name switch
    {
        "mlp" => new MlpKernelPlugin(),
        "siren" => new SirenKernelPlugin(),
        "magnet" => new MagnetKernelPlugin(),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, null),
    };

    public static KernelGenerator Create(string name, KernelSpec spec, params (string Key, string Value)[] settings)
    {
        var values = settings.Select(s => new KeyValuePair<string, string?>($"{Section}:{s.Key}", s.Value))
            .Append(new KeyValuePair<string, string?>($"{Section}:Type", name));
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        return Named(name).Create(spec, configuration.GetSection(Section));
    }
}
