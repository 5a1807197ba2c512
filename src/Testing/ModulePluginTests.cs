using DNArch.Abstractions.Plugins;
using DNArch.Plugins.Sdk.Conformance;
using Xunit;

namespace DNArch.Plugins.Testing;

/// <summary>The five conformance tests of a kernel, mask or resampler plugin.</summary>
public abstract class ModulePluginTests<TPlugin>(PluginKind kind) : PluginTests<TPlugin>(kind) where TPlugin : class, new()
{
    ModuleConformance Conformance => (ModuleConformance)PluginConformance.For(new TPlugin(), Options)!;

    [Fact]
    public void Shape_contract() => Conformance.ShapeContract();

    [Fact]
    public void Gradients_reach_every_parameter() => Conformance.GradientsReachEveryParameter();

    [Fact]
    public void Cropping_matches_the_full_computation() => Conformance.CroppingMatchesTheFullComputation();

    [Fact]
    public void Options_are_validated() => Conformance.OptionsValidated();

    [Fact]
    public void Save_load_round_trip() => Conformance.SaveLoadRoundTrip();
}
