using DNArch.Abstractions.Plugins;
using DNArch.Plugins.Sdk.Conformance;
using Xunit;

namespace DNArch.Plugins.Testing;

/// <summary>The five conformance tests of a kernel, mask or resampler plugin.</summary>
public abstract class ModulePluginTests<TPlugin>(PluginKind kind) : PluginTests<TPlugin>(kind) where TPlugin : class, new()
{
    ModuleConformance Conformance => (ModuleConformance)PluginConformance.For(new TPlugin(), Options)!;

    /// <inheritdoc cref="ModuleConformance.ShapeContract"/>
    [Fact]
    public void Shape_contract() => Conformance.ShapeContract();

    /// <inheritdoc cref="ModuleConformance.GradientsReachEveryParameter"/>
    [Fact]
    public void Gradients_reach_every_parameter() => Conformance.GradientsReachEveryParameter();

    /// <inheritdoc cref="ModuleConformance.CroppingMatchesTheFullComputation"/>
    [Fact]
    public void Cropping_matches_the_full_computation() => Conformance.CroppingMatchesTheFullComputation();

    /// <inheritdoc cref="ModuleConformance.OptionsValidated"/>
    [Fact]
    public void Options_are_validated() => Conformance.OptionsValidated();

    /// <inheritdoc cref="ModuleConformance.SaveLoadRoundTrip"/>
    [Fact]
    public void Save_load_round_trip() => Conformance.SaveLoadRoundTrip();
}
