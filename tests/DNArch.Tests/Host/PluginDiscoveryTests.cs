using DNArch.Abstractions.Configuration;
using DNArch.Abstractions.Plugins;
using DNArch.Host.Plugins;
using DNArch.Plugins.Masks;
using DNArch.Tests.Support;

namespace DNArch.Tests.Host;

public sealed class PluginDiscoveryTests : IDisposable
{
    readonly TempDirectory temp = new();
    readonly ListLogger<PluginDiscovery> log = new();

    public void Dispose() => temp.Dispose();

    IReadOnlyList<DiscoveredPlugin> Discover(params string[] folders) => new PluginDiscovery(log).Discover(folders);

    [Fact]
    public void Finds_the_built_in_mask_plugins_in_a_folder()
    {
        var folder = temp.Sub("plugins");
        File.Copy(PluginCompiler.LocationOf<GaussianMaskPlugin>(), Path.Combine(folder, "DNArch.Plugins.Masks.dll"));

        var found = Discover(folder);

        found.Select(p => (p.Descriptor.Kind, p.Descriptor.Name))
            .Should().BeEquivalentTo([(PluginKind.Mask, "gaussian"), (PluginKind.Mask, "sigmoid")]);
        found.Should().AllSatisfy(p => p.Descriptor.Assembly.Should().EndWith("DNArch.Plugins.Masks.dll"));
        found.Should().AllSatisfy(p => p.Descriptor.Description.Should().NotBeNullOrWhiteSpace());
    }

    [Fact]
    public void Finds_a_plugin_assembly_the_test_compiled_itself()
    {
        var folder = temp.Sub("mine");
        PluginCompiler.Compile(folder, "My.Masks", PluginCompiler.MaskPluginSource("box"));

        var found = Discover(folder);

        found.Should().ContainSingle().Which.Descriptor.Should().Match<PluginDescriptor>(d =>
            d.Name == "box" && d.Kind == PluginKind.Mask && d.Assembly.EndsWith("My.Masks.dll"));
        found[0].Instance.Should().BeAssignableTo<Abstractions.Masks.IMaskPlugin>();
    }

    [Fact]
    public void An_assembly_that_fails_to_load_is_a_warning_and_the_rest_still_loads()
    {
        var folder = temp.Sub("mixed");
        temp.File("mixed/Broken.dll", "this is not a .NET assembly");
        PluginCompiler.Compile(folder, "Good.Masks", PluginCompiler.MaskPluginSource("good"));

        var found = Discover(folder);

        found.Should().ContainSingle(p => p.Descriptor.Name == "good");
        log.Warnings.Should().ContainSingle(w => w.Contains("Broken.dll") && w.Contains("could not be loaded"));
    }

    [Fact]
    public void An_assembly_with_an_unsatisfiable_import_is_a_warning_and_the_rest_still_loads()
    {
        var folder = temp.Sub("imports");
        PluginCompiler.Compile(folder, "Needy.Masks", """
            using System.Composition;
            using DNArch.Abstractions.Masks;
            using DNArch.Abstractions.Plugins;
            using Microsoft.Extensions.Configuration;

            public interface INothingExportsThis { }

            [Plugin(PluginKind.Mask, "needy", "Imports what nobody exports")]
            public sealed class NeedyMaskPlugin : IMaskPlugin
            {
                [ImportingConstructor]
                public NeedyMaskPlugin(INothingExportsThis missing) { }
                public Mask Create(MaskAxis axis, IConfiguration options) => throw new System.NotSupportedException();
            }
            """);
        PluginCompiler.Compile(folder, "Other.Masks", PluginCompiler.MaskPluginSource("other"));

        var found = Discover(folder);

        found.Should().ContainSingle().Which.Descriptor.Name.Should().Be("other");
        log.Warnings.Should().ContainSingle(w => w.Contains("Needy.Masks.dll"));
    }

    [Fact]
    public void A_plugin_whose_constructor_throws_is_a_warning_naming_file_and_reason()
    {
        var folder = temp.Sub("throwing");
        PluginCompiler.Compile(folder, "Throwing.Masks", PluginCompiler.MaskPluginSource("bad", throwing: true));
        PluginCompiler.Compile(folder, "Fine.Masks", PluginCompiler.MaskPluginSource("fine"));

        var found = Discover(folder);

        found.Select(p => p.Descriptor.Name).Should().Equal("fine");
        log.Warnings.Should().ContainSingle(w => w.Contains("Throwing.Masks.dll") && w.Contains("broken on purpose"));
    }

    [Fact]
    public void Two_plugins_of_the_same_kind_and_name_are_rejected_naming_both_assemblies()
    {
        var one = temp.Sub("one");
        var two = temp.Sub("two");
        PluginCompiler.Compile(one, "First.Masks", PluginCompiler.MaskPluginSource("twin"));
        PluginCompiler.Compile(two, "Second.Masks", PluginCompiler.MaskPluginSource("twin"));

        var act = () => Discover(one, two);

        act.Should().Throw<InvalidInputException>()
            .Which.Message.Should().Contain("First.Masks.dll").And.Contain("Second.Masks.dll").And.Contain("twin");
    }

    [Fact]
    public void A_missing_folder_is_a_warning()
    {
        Discover(Path.Combine(temp.Path, "nowhere")).Should().BeEmpty();
        log.Warnings.Should().ContainSingle(w => w.Contains("nowhere"));
    }
}
