using System.Globalization;
using System.Reflection;
using DNArch.Abstractions.Datasets;
using DNArch.Abstractions.Plugins;
using DNArch.Engine;
using DNArch.Engine.Network;
using DNArch.Host.Plugins;
using DNArch.Plugins.Budgets;
using DNArch.Plugins.Heads;
using DNArch.Plugins.Kernels;
using DNArch.Plugins.Masks;
using DNArch.Plugins.Resampling;
using Microsoft.Extensions.Configuration;
using DNArch.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace DNArch.Tests.Network;

/// <summary>The real mask, kernel, resampling and FLOPs plugins behind a <see cref="PluginResolver"/>, wired as the host wires them.</summary>
static class NetworkTestSetup
{
    public static readonly DatasetInfo Sequences = new("toy-seq", TaskKind.Classification, 2, [40], 3, Causal: true);
    public static readonly DatasetInfo Images = new("toy-img", TaskKind.DensePrediction, 2, [12, 10], 2);

    public static SupernetFactory Factory() => new(Resolver());

    public static PluginResolver Resolver()
    {
        object[] instances =
        [
            new GaussianMaskPlugin(), new SigmoidMaskPlugin(), new MlpKernelPlugin(), new SirenKernelPlugin(),
            new MagnetKernelPlugin(), new FourierResamplerPlugin(), new FlopsMetric(), new LinearHeadPlugin(),
            new DualEncoderHeadPlugin(),
        ];
        var plugins = instances.Select(Discovered).ToList();
        var services = new ServiceCollection().AddDnarchPlugins(plugins).AddSingleton<PluginResolver>().BuildServiceProvider();
        return services.GetRequiredService<PluginResolver>();
    }

    /// <summary>The <c>Search</c> section of a small search space, with <paramref name="overrides"/> (keys below <c>Search:</c>).</summary>
    public static IConfigurationSection Search(params (string Key, string Value)[] overrides)
    {
        var values = EngineHost.SearchSpace(blocks: 3, width: 8);
        values["Search:Network:KernelGrid"] = "7";
        values["Search:Network:FftThreshold"] = "10";
        foreach (var (key, value) in overrides) values[$"Search:{key}"] = value;
        return new ConfigurationBuilder().AddInMemoryCollection(values).Build().GetSection("Search");
    }

    /// <summary>
    /// Overrides that start every mask at <paramref name="size"/> of its axis with a threshold of 1e-6 and steep
    /// sigmoids, so that what cropping removes is below 1e-6 in the full network.
    /// </summary>
    public static (string, string)[] SteepMasks(double fraction)
    {
        var size = fraction.ToString(CultureInfo.InvariantCulture);
        return
        [
            ("Masks:KernelSize:Threshold", "1e-6"), ("Masks:KernelSize:InitialSize", size),
            ("Masks:Width:Threshold", "1e-6"), ("Masks:Width:Temperature", "300"), ("Masks:Width:InitialSize", size),
            ("Masks:Depth:Threshold", "1e-6"), ("Masks:Depth:Temperature", "300"), ("Masks:Depth:InitialSize", size),
        ];
    }

    static DiscoveredPlugin Discovered(object plugin)
    {
        var attribute = plugin.GetType().GetCustomAttribute<PluginAttribute>()!;
        var descriptor = new PluginDescriptor(attribute.Kind, attribute.Name, attribute.Description,
            plugin.GetType().Assembly.Location, PluginKinds.ContractOf(attribute.Kind));
        return new DiscoveredPlugin(descriptor, plugin);
    }
}
