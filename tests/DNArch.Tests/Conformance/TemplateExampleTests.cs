using DNArch.Abstractions.Plugins;
using DNArch.Host.Plugins;
using DNArch.Plugins.Sdk.Conformance;
using DNArch.Tests.Support;

namespace DNArch.Tests.Conformance;

/// <summary>
/// Each example plugin of the <c>dnarch-plugin</c> template compiles, is discovered as its kind and passes every
/// conformance check (.ci/plugin-kit.sh also builds them from the packed template, against the packed packages).
/// </summary>
[Collection(TorchCollection.Name)]
public sealed class TemplateExampleTests : IDisposable
{
    // The template's project has implicit usings; a plain compilation needs them spelled out.
    const string ImplicitUsings = "global using System; global using System.Collections.Generic; global using System.Linq;\n";

    readonly TempDirectory temp = new();

    public void Dispose() => temp.Dispose();

    [Theory]
    [InlineData("TanhKernel", PluginKind.Kernel, "tanh")]
    [InlineData("RampMask", PluginKind.Mask, "ramp")]
    [InlineData("PoolResampler", PluginKind.Resampler, "pool")]
    [InlineData("ChirpsDataset", PluginKind.Dataset, "chirps")]
    [InlineData("DenseMacsMetric", PluginKind.Budget, "dense-macs")]
    public void The_example_is_discovered_and_passes_every_conformance_check(string file, PluginKind kind, string name)
    {
        var source = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "templates", "content", "dnarch-plugin", "MyLab.Plugins", file + ".cs"));
        var folder = temp.Sub(file);
        PluginCompiler.Compile(folder, "MyLab.Plugins", ImplicitUsings + source);

        var plugin = new PluginDiscovery(new ListLogger<PluginDiscovery>()).Discover([folder])
            .Should().ContainSingle().Which;
        plugin.Descriptor.Kind.Should().Be(kind);
        plugin.Descriptor.Name.Should().Be(name);
        var small = new KeyValuePair<string, string?>[] { new("TrainCount", "8"), new("ValidationCount", "4"), new("TestCount", "4") };
        var results = PluginConformance.For(plugin.Instance, ConformanceSettings.Section(kind, name, kind == PluginKind.Dataset ? small : null))!.Run();
        results.Should().NotBeEmpty().And.OnlyContain(r => r.Passed, string.Join("; ", results.Select(r => $"{r.Check}: {r.Detail}")));
    }
}
