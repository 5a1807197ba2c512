using DNArch.Plugins.Testing;

namespace MyLab.Plugins.Tests;

/// <summary>The DNArch plugin conformance tests, on a few examples of the data set.</summary>
public sealed class ChirpsDatasetTests : DatasetPluginTests<ChirpsDatasetPlugin>
{
    protected override IEnumerable<KeyValuePair<string, string?>> Settings =>
        [new("TrainCount", "8"), new("ValidationCount", "4"), new("TestCount", "4"), new("Length", "32")];
}
