using DNArch.Plugins.Datasets.Cifar;
using DNArch.Plugins.Datasets.Cosmic;
using DNArch.Plugins.Datasets.Darcy;
using DNArch.Plugins.Datasets.Idx;
using DNArch.Plugins.Datasets.ListOps;
using DNArch.Plugins.Datasets.Pathfinder;
using DNArch.Plugins.Datasets.Retrieval;
using DNArch.Plugins.Datasets.SpeechCommands;
using DNArch.Plugins.Datasets.Text;
using DNArch.Plugins.Datasets.Waves;
using DNArch.Plugins.Testing;
using DNArch.Tests.Datasets;

namespace DNArch.Tests.Conformance;

// Every built-in data set passes the conformance tests, on generated data of a few examples or tiny files.

[Collection(TorchCollection.Name)]
public sealed class WavesDatasetConformanceTests : DatasetPluginTests<WavesDatasetPlugin>
{
    protected override IEnumerable<KeyValuePair<string, string?>> Settings =>
        [new("TrainCount", "8"), new("ValidationCount", "4"), new("TestCount", "4"), new("Length", "64")];
}

/// <summary>Generated data sets, cached in a temporary folder.</summary>
public abstract class GeneratedDatasetConformanceTests<TPlugin>(params (string Key, string Value)[] settings)
    : FileDatasetConformanceTests<TPlugin> where TPlugin : class, DNArch.Abstractions.Datasets.IDatasetPlugin, new()
{
    protected override void Write(DatasetFiles files) { }

    protected override IEnumerable<KeyValuePair<string, string?>> Settings =>
    [
        new("CacheDirectory", Files.Folder), new("TrainCount", "6"), new("ValidationCount", "2"), new("TestCount", "2"),
        .. settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value)),
    ];
}

[Collection(TorchCollection.Name)]
public sealed class ListOpsDatasetConformanceTests() : GeneratedDatasetConformanceTests<ListOpsDatasetPlugin>(("MinLength", "20"), ("MaxLength", "60"));

[Collection(TorchCollection.Name)]
public sealed class DarcyDatasetConformanceTests() : GeneratedDatasetConformanceTests<DarcyDatasetPlugin>(("Resolution", "9"));

[Collection(TorchCollection.Name)]
public sealed class PathfinderDatasetConformanceTests() : GeneratedDatasetConformanceTests<PathfinderDatasetPlugin>;

[Collection(TorchCollection.Name)]
public sealed class CosmicDatasetConformanceTests() : GeneratedDatasetConformanceTests<CosmicDatasetPlugin>(("Resolution", "32"));

[Collection(TorchCollection.Name)]
public sealed class IdxDatasetConformanceTests : FileDatasetConformanceTests<IdxDatasetPlugin>
{
    protected override void Write(DatasetFiles files) => files.WriteMnist(10, 4);
}

[Collection(TorchCollection.Name)]
public sealed class MnistDatasetConformanceTests : FileDatasetConformanceTests<MnistDatasetPlugin>
{
    protected override void Write(DatasetFiles files) => files.WriteMnist(10, 4);
}

[Collection(TorchCollection.Name)]
public sealed class FashionMnistDatasetConformanceTests : FileDatasetConformanceTests<FashionMnistDatasetPlugin>
{
    protected override void Write(DatasetFiles files) => files.WriteMnist(10, 4);
}

[Collection(TorchCollection.Name)]
public sealed class CifarDatasetConformanceTests : FileDatasetConformanceTests<CifarDatasetPlugin>
{
    protected override void Write(DatasetFiles files) => CifarDatasetTests.WriteCifar10(files);
}

[Collection(TorchCollection.Name)]
public sealed class TextDatasetConformanceTests : FileDatasetConformanceTests<TextDatasetPlugin>
{
    protected override void Write(DatasetFiles files) => TextDatasetTests.WriteImdb(files);

    protected override IEnumerable<KeyValuePair<string, string?>> Extra => [new("Length", "8"), new("ValidationFraction", "0.25")];
}

[Collection(TorchCollection.Name)]
public sealed class RetrievalDatasetConformanceTests : FileDatasetConformanceTests<RetrievalDatasetPlugin>
{
    protected override void Write(DatasetFiles files) => AanFiles.Write(files.Folder, 4);

    protected override IEnumerable<KeyValuePair<string, string?>> Extra => [new("Length", "16")];
}

[Collection(TorchCollection.Name)]
public sealed class SpeechCommandsDatasetConformanceTests : FileDatasetConformanceTests<SpeechCommandsDatasetPlugin>
{
    protected override void Write(DatasetFiles files) => SpeechFolder.Write(files.Folder, SpeechCommandsFolder.Sc10Words, clipsPerWord: 5);

    protected override IEnumerable<KeyValuePair<string, string?>> Extra => [new("Variant", "Sc10")];
}
