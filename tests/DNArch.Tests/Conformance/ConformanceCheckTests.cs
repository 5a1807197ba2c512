using DNArch.Abstractions.Plugins;
using DNArch.Plugins.Kernels;
using DNArch.Plugins.Sdk.Conformance;
using static DNArch.Tests.Conformance.BrokenPlugins;

namespace DNArch.Tests.Conformance;

/// <summary>Each conformance check fails, naming what is wrong, on a plugin that breaks its rule.</summary>
[Collection(TorchCollection.Name)]
public sealed class ConformanceCheckTests
{
    static IReadOnlyList<ConformanceResult> Run(object plugin, PluginKind kind) =>
        PluginConformance.For(plugin, ConformanceSettings.Section(kind, "test"))!.Run();

    static ConformanceResult Only(IReadOnlyList<ConformanceResult> results, string failing)
    {
        results.Where(r => !r.Passed).Select(r => r.Check).Should().Equal(failing);
        return results.Single(r => r.Check == failing);
    }

    [Fact]
    public void A_correct_kernel_passes_every_check_in_order()
    {
        var results = Run(new Kernel(KernelFault.None), PluginKind.Kernel);
        results.Select(r => r.Check).Should().Equal("shape contract", "gradients reach every parameter",
            "cropping matches the full computation", "options validated", "save/load round trip");
        results.Should().OnlyContain(r => r.Passed);
    }

    [Fact]
    public void A_kernel_that_ignores_its_options_fails_the_options_check_naming_the_key()
    {
        Only(Run(new Kernel(KernelFault.IgnoresOptions), PluginKind.Kernel), "options validated")
            .Detail.Should().Contain("Search:Kernel:NotAnOption").And.Contain("PluginOptions.Bind");
    }

    [Fact]
    public void A_kernel_with_an_unused_parameter_fails_the_gradient_check_naming_it()
    {
        Only(Run(new Kernel(KernelFault.UnusedParameter), PluginKind.Kernel), "gradients reach every parameter")
            .Detail.Should().Contain("'unused'");
    }

    [Fact]
    public void A_kernel_whose_values_depend_on_the_other_positions_fails_the_cropping_check()
    {
        Only(Run(new Kernel(KernelFault.MixesPositions), PluginKind.Kernel), "cropping matches the full computation")
            .Detail.Should().Contain("positions 2..5");
    }

    [Fact]
    public void A_kernel_returning_channels_by_positions_fails_the_shape_check_with_both_shapes()
    {
        var results = Run(new Kernel(KernelFault.WrongShape), PluginKind.Kernel);
        results.Single(r => r.Check == "shape contract").Detail.Should().Contain("[4, 9]").And.Contain("expected [9, 4]");
    }

    [Fact]
    public void A_mask_whose_radius_drops_heavy_positions_fails_the_cropping_check()
    {
        Only(Run(new RadiusTooSmallMask(), PluginKind.Mask), "cropping matches the full computation")
            .Detail.Should().Contain("weigh more than 0.5");
    }

    [Fact]
    public void A_mask_with_unregistered_state_fails_the_save_load_check()
    {
        Only(Run(new UnregisteredStateMask(), PluginKind.Mask), "save/load round trip")
            .Detail.Should().Contain("after save and load");
    }

    [Fact]
    public void A_metric_without_gradients_fails_the_gradient_check()
    {
        Only(Run(new DetachedMetric(), PluginKind.Budget), "gradients reach the layer sizes")
            .Detail.Should().Contain("could not steer");
    }

    [Fact]
    public void A_built_in_kernel_with_out_of_range_options_fails_every_check_that_creates_it()
    {
        var results = PluginConformance.For(new MlpKernelPlugin(),
            ConformanceSettings.Section(PluginKind.Kernel, "mlp", [new("Hidden", "0")]))!.Run();
        results.Single(r => r.Check == "shape contract").Detail.Should().Contain("Search:Kernel:Hidden");
    }

    [Fact]
    public void Launchers_have_no_conformance_checks()
    {
        PluginConformance.For(new DNArch.Plugins.Launchers.LocalLauncher(), ConformanceSettings.Section(PluginKind.Kernel, "local"))
            .Should().BeNull();
    }
}
