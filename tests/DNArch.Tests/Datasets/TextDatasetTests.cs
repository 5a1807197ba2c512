using System.Text;
using DNArch.Abstractions.Configuration;
using DNArch.Abstractions.Datasets;
using DNArch.Plugins.Datasets.Text;

namespace DNArch.Tests.Datasets;

[Collection(TorchCollection.Name)]
public sealed class TextDatasetTests : IDisposable
{
    readonly DatasetFiles files = new();

    public void Dispose() => files.Dispose();

    IDataset Open() => new TextDatasetPlugin().Open(
        DatasetFiles.Section(("Path", files.Folder), ("Length", "8"), ("ValidationFraction", "0.25")), seed: 4);

    void WriteImdb() => WriteImdb(files);

    /// <summary>An aclImdb folder of two negative and two positive reviews per split.</summary>
    internal static void WriteImdb(DatasetFiles files)
    {
        foreach (var part in new[] { "train", "test" })
        {
            for (var i = 0; i < 2; i++)
            {
                files.Write($"{part}/neg/{i}_1.txt", Encoding.UTF8.GetBytes($"bad {i}"));
                files.Write($"{part}/pos/{i}_9.txt", Encoding.UTF8.GetBytes($"a long good review {i}"));
            }
        }
    }

    [Fact]
    public void Reads_bytes_truncated_or_padded_to_the_length()
    {
        WriteImdb();
        var dataset = (Plugins.Datasets.Common.SplitDataset)Open();
        dataset.Info.Shape.Should().Equal(8);
        (dataset.Count(DataSplit.Train), dataset.Count(DataSplit.Validation), dataset.Count(DataSplit.Test)).Should().Be((3, 1, 4));
        var (x, y) = dataset.Batch(DataSplit.Test, [0, 2]);
        y.data<long>().ToArray().Should().Equal(0, 1);
        var mean = dataset.Normaliser.Means[0];
        var scale = (x[0, 0, 0].item<float>() - x[0, 0, 7].item<float>()) / ('b' - 0);
        var raw = x.data<float>().Select(v => MathF.Round(v / scale + mean)).ToArray();
        raw[..8].Should().Equal("bad 0"u8.ToArray().Select(b => (float)b).Concat([0f, 0f, 0f]));
        raw[8..].Should().Equal("a long g"u8.ToArray().Select(b => (float)b));
    }

    [Fact]
    public void An_empty_class_folder_names_it()
    {
        WriteImdb();
        foreach (var file in Directory.GetFiles(files.PathOf("test/pos")))
            File.Delete(file);
        FluentActions.Invoking(Open).Should().Throw<InvalidInputException>()
            .Where(e => e.Message.Contains(files.PathOf("test/pos")) && e.Message.Contains("aclImdb"));
    }
}
