using DNArch.Abstractions.Datasets;
using DNArch.Abstractions.Plugins;
using DNArch.Plugins.Sdk.Conformance;
using Xunit;

namespace DNArch.Plugins.Testing;

/// <summary>
/// The conformance tests of a data set plugin: <c>public class MyDataTests : DatasetPluginTests&lt;MyDatasetPlugin&gt;;</c>,
/// overriding <see cref="PluginTests{TPlugin}.Settings"/> with a small configuration (a path to test files, a size).
/// </summary>
public abstract class DatasetPluginTests<TPlugin>() : PluginTests<TPlugin>(PluginKind.Dataset) where TPlugin : class, IDatasetPlugin, new()
{
    DatasetConformance Conformance => new(new TPlugin(), Options);

    /// <inheritdoc cref="DatasetConformance.ShapeContract"/>
    [Fact]
    public void Shape_contract() => Conformance.ShapeContract();

    /// <inheritdoc cref="DatasetConformance.SameSeedSameData"/>
    [Fact]
    public void Same_seed_same_data() => Conformance.SameSeedSameData();

    /// <inheritdoc cref="DatasetConformance.OptionsValidated"/>
    [Fact]
    public void Options_are_validated() => Conformance.OptionsValidated();
}
