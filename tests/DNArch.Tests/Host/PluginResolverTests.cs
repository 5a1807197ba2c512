using DNArch.Abstractions.Configuration;
using DNArch.Abstractions.Masks;
using DNArch.Abstractions.Plugins;
using DNArch.Engine;
using DNArch.Host.Plugins;
using DNArch.Plugins.Masks;
using DNArch.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace DNArch.Tests.Host;

public sealed class PluginResolverTests : IDisposable
{
    readonly TempDirectory temp = new();
    readonly ServiceProvider services;

    public PluginResolverTests()
    {
        var folder = temp.Sub("plugins");
        File.Copy(PluginCompiler.LocationOf<GaussianMaskPlugin>(), Path.Combine(folder, "DNArch.Plugins.Masks.dll"));
        var found = new PluginDiscovery(new ListLogger<PluginDiscovery>()).Discover([folder]);
        services = new ServiceCollection().AddDnarchPlugins(found).AddSingleton<PluginResolver>().BuildServiceProvider();
    }

    public void Dispose()
    {
        services.Dispose();
        temp.Dispose();
    }

    [Fact]
    public void Plugins_are_keyed_services_by_kind_and_name()
    {
        services.GetRequiredKeyedService<IMaskPlugin>("gaussian").GetType().Name.Should().Be(nameof(GaussianMaskPlugin));
        services.GetRequiredKeyedService<IMaskPlugin>("sigmoid").GetType().Name.Should().Be(nameof(SigmoidMaskPlugin));
    }

    [Fact]
    public void Resolve_finds_a_plugin_by_its_configured_name()
    {
        var resolver = services.GetRequiredService<PluginResolver>();
        resolver.Resolve<IMaskPlugin>(PluginKind.Mask, "Sigmoid", "Search:Masks:Width:Type").GetType().Name
            .Should().Be(nameof(SigmoidMaskPlugin));
    }

    [Fact]
    public void An_unknown_name_names_the_key_and_the_names_that_exist()
    {
        var resolver = services.GetRequiredService<PluginResolver>();
        var act = () => resolver.Resolve<IMaskPlugin>(PluginKind.Mask, "hann", "Search:Masks:KernelSize:Type");
        act.Should().Throw<InvalidInputException>().Which.Message.Should()
            .Contain("Search:Masks:KernelSize:Type").And.Contain("'hann'").And.Contain("gaussian, sigmoid");
    }
}
