using System.Text.RegularExpressions;
using DNArch.Abstractions.Masks;
using DNArch.Host.Plugins;
using DNArch.Tests.Support;
using Microsoft.Extensions.Configuration;

namespace DNArch.Tests.Host;

/// <summary>The README's "writing a mask plugin" example compiles, is discovered and works.</summary>
[Collection(TorchCollection.Name)]
public sealed class ReadmeExampleTests : IDisposable
{
    readonly TempDirectory temp = new();

    public void Dispose() => temp.Dispose();

    static string ExampleSource()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "README.md"));
        var match = Regex.Match(readme, "```csharp\\n(// README example: ramp mask\\n.*?)```", RegexOptions.Singleline);
        match.Success.Should().BeTrue("README.md holds the ramp mask example");
        return match.Groups[1].Value;
    }

    [Fact]
    public void The_ramp_mask_example_is_discovered_and_keeps_the_positions_above_its_threshold()
    {
        var folder = temp.Sub("plugins");
        PluginCompiler.Compile(folder, "DNArch.Plugins.Ramp", ExampleSource());

        var found = new PluginDiscovery(new ListLogger<PluginDiscovery>()).Discover([folder]);

        var plugin = found.Should().ContainSingle(p => p.Descriptor.Name == "ramp").Which.Instance.As<IMaskPlugin>();
        var axis = new MaskAxis(AxisKind.Ordinal, 10);
        using var mask = plugin.Create(axis, new ConfigurationBuilder().Build());
        mask.ActiveCount().Should().Be(10, "the ramp starts with the whole axis active");
        mask.parameters().Should().ContainSingle();
    }
}
