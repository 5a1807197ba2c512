using DNArch.Abstractions.Configuration;
using DNArch.Abstractions.Datasets;
using DNArch.Plugins.Datasets.Cifar;

namespace DNArch.Tests.Datasets;

[Collection(TorchCollection.Name)]
public sealed class CifarDatasetTests : IDisposable
{
    readonly DatasetFiles files = new();

    public void Dispose() => files.Dispose();

    IDataset Open(params (string, string)[] extra) =>
        new CifarDatasetPlugin().Open(DatasetFiles.Section([("Path", files.Folder), .. extra]), seed: 2);

    internal static byte[] Records(int count, params int[] labels) =>
        Enumerable.Range(0, count).SelectMany(i => labels.Select(l => (byte)((l + i) % 256)).Concat(Enumerable.Repeat((byte)i, 3072))).ToArray();

    void WriteCifar10() => WriteCifar10(files);

    /// <summary>CIFAR-10's five training batches of 2 records and a test batch of 3.</summary>
    internal static void WriteCifar10(DatasetFiles files)
    {
        for (var b = 1; b <= 5; b++)
            files.Write($"data_batch_{b}.bin", Records(2, b));
        files.Write("test_batch.bin", Records(3, 7));
    }

    [Fact]
    public void Cifar10_loads_as_images_and_as_sequences()
    {
        WriteCifar10();
        var images = Open(("ValidationFraction", "0.2"));
        images.Info.Should().Be(new DatasetInfo("cifar10", TaskKind.Classification, 3, images.Info.Shape, 10));
        images.Info.Shape.Should().Equal(32, 32);
        (images.Count(DataSplit.Train), images.Count(DataSplit.Validation), images.Count(DataSplit.Test)).Should().Be((8, 2, 3));
        var (x, y) = images.Batch(DataSplit.Test, [0, 1, 2]);
        x.shape.Should().Equal(3, 3, 32, 32);
        y.data<long>().ToArray().Should().Equal(7, 8, 9);

        var sequence = Open(("Layout", "Sequence"));
        sequence.Info.Shape.Should().Equal(1024);
        var (s, _) = sequence.Batch(DataSplit.Test, [0]);
        s.shape.Should().Equal(1, 3, 1024);
    }

    [Fact]
    public void Grayscale_gives_lra_image_sequences_normalised_with_lra_constants()
    {
        for (var b = 1; b <= 5; b++)
            files.Write($"data_batch_{b}.bin", Records(2, b));
        // One test record: red 200, green 100, blue 10 everywhere.
        files.Write("test_batch.bin", [3, .. Enumerable.Repeat((byte)200, 1024), .. Enumerable.Repeat((byte)100, 1024), .. Enumerable.Repeat((byte)10, 1024)]);
        var dataset = Open(("Layout", "Sequence"), ("Grayscale", "true"));

        dataset.Info.Should().Be(new DatasetInfo("scifar10-gray", TaskKind.Classification, 1, dataset.Info.Shape, 10, Causal: false));
        dataset.Info.Shape.Should().Equal(1024);
        var (x, y) = dataset.Batch(DataSplit.Test, [0]);
        x.shape.Should().Equal(1, 1, 1024);
        y.item<long>().Should().Be(3);
        var luma = 0.2989 * 200 + 0.5870 * 100 + 0.1140 * 10;
        x.data<float>().ToArray().Should().AllSatisfy(v => v.Should().BeApproximately((float)((luma - 122.6) / 61.0), 1e-4f));
    }

    [Theory]
    [InlineData("Fine", 100, 11)]
    [InlineData("Coarse", 20, 3)]
    public void Cifar100_reads_fine_or_coarse_labels(string labels, int classes, int firstLabel)
    {
        files.Write("train.bin", Records(10, 3, 11));
        files.Write("test.bin", Records(2, 3, 11));
        var dataset = Open(("Labels", labels));
        dataset.Info.OutputChannels.Should().Be(classes);
        var (_, y) = dataset.Batch(DataSplit.Test, [0]);
        y.item<long>().Should().Be(firstLabel);
    }

    [Fact]
    public void A_truncated_batch_file_names_it()
    {
        WriteCifar10();
        var path = files.Write("data_batch_3.bin", Records(2, 1)[..5000]);
        FluentActions.Invoking(() => Open()).Should().Throw<InvalidInputException>()
            .Where(e => e.Message.Contains(path) && e.Message.Contains("3073 bytes"));
    }

    [Fact]
    public void A_label_out_of_range_names_the_file()
    {
        WriteCifar10();
        var path = files.Write("test_batch.bin", Records(1, 10));
        FluentActions.Invoking(() => Open()).Should().Throw<InvalidInputException>()
            .Where(e => e.Message.Contains(path) && e.Message.Contains("0..9"));
    }

    [Fact]
    public void A_folder_without_cifar_files_names_it()
    {
        FluentActions.Invoking(() => Open()).Should().Throw<InvalidInputException>()
            .Where(e => e.Message.Contains(files.Folder) && e.Message.Contains("data_batch_1..5.bin"));
    }
}
