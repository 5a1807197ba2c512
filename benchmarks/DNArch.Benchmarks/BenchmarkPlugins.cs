using System.Reflection;
using DNArch.Abstractions.Plugins;
using DNArch.Engine;
using DNArch.Host.Plugins;
using DNArch.Plugins.Heads;
using DNArch.Plugins.Kernels;
using DNArch.Plugins.Masks;
using DNArch.Plugins.Resampling;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DNArch.Benchmarks;

/// <summary>The network plugins, registered as the host registers discovered ones.</summary>
static class BenchmarkPlugins
{
    public static PluginResolver Resolver()
    {
        object[] instances =
        [
            new GaussianMaskPlugin(), new SigmoidMaskPlugin(), new MlpKernelPlugin(), new SirenKernelPlugin(),
            new MagnetKernelPlugin(), new FourierResamplerPlugin(), new LinearHeadPlugin(),
        ];
        var plugins = instances.Select(p =>
        {
            var a = p.GetType().GetCustomAttribute<PluginAttribute>()!;
            return new DiscoveredPlugin(new PluginDescriptor(a.Kind, a.Name, a.Description, p.GetType().Assembly.Location,
                PluginKinds.ContractOf(a.Kind)), p);
        });
        return new ServiceCollection().AddDnarchPlugins(plugins).AddSingleton<PluginResolver>().BuildServiceProvider()
            .GetRequiredService<PluginResolver>();
    }

    public static IConfigurationSection Search(IEnumerable<KeyValuePair<string, string?>> values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => KeyValuePair.Create($"Search:{v.Key}", v.Value)))
            .Build().GetSection("Search");
}
