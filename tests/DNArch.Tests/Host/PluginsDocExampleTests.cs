using System.Text.RegularExpressions;
using DNArch.Abstractions.Masks;
using DNArch.Abstractions.Plugins;
using DNArch.Host.Plugins;
using DNArch.Plugins.Sdk.Conformance;
using DNArch.Tests.Support;
using Microsoft.Extensions.Configuration;

namespace DNArch.Tests.Host;

/// <summary>The "writing a plugin" example of docs/plugins.md compiles, is discovered, works and passes the conformance checks.</summary>
[Collection(TorchCollection.Name)]
public sealed class PluginsDocExampleTests : IDisposable
{
    readonly TempDirectory temp = new();

    public void Dispose() => temp.Dispose();

    static string ExampleSource()
    {
        var page = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "docs", "plugins.md"));
        var match = Regex.Match(page, "```csharp\\n(// Example: ramp mask\\n.*?)```", RegexOptions.Singleline);
        match.Success.Should().BeTrue("docs/plugins.md holds the ramp mask example");
        return match.Groups[1].Value;
    }

    IMaskPlugin CompileAndDiscover()
    {
        var folder = temp.Sub("plugins");
        PluginCompiler.Compile(folder, "DNArch.Plugins.Ramp", ExampleSource());
        var found = new PluginDiscovery(new ListLogger<PluginDiscovery>()).Discover([folder]);
        return found.Should().ContainSingle(p => p.Descriptor.Name == "ramp").Which.Instance.As<IMaskPlugin>();
    }

    [Fact]
    public void The_ramp_mask_example_is_discovered_and_keeps_the_positions_above_its_threshold()
    {
        var plugin = CompileAndDiscover();
        var axis = new MaskAxis(AxisKind.Ordinal, 10);
        using var mask = plugin.Create(axis, new ConfigurationBuilder().Build());
        mask.ActiveCount().Should().Be(10, "the ramp starts with the whole axis active");
        mask.parameters().Should().ContainSingle();
    }

    [Fact]
    public void The_ramp_mask_example_passes_every_conformance_check()
    {
        var results = PluginConformance.For(CompileAndDiscover(), ConformanceSettings.Section(PluginKind.Mask, "ramp"))!.Run();

        results.Should().HaveCount(5).And.OnlyContain(r => r.Passed, string.Join("; ", results.Select(r => $"{r.Check}: {r.Detail}")));
    }
}
