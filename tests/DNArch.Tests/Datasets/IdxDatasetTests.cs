using DNArch.Abstractions.Configuration;
using DNArch.Abstractions.Datasets;
using DNArch.Plugins.Datasets.Idx;

namespace DNArch.Tests.Datasets;

[Collection(TorchCollection.Name)]
public sealed class IdxDatasetTests : IDisposable
{
    readonly DatasetFiles files = new();

    public void Dispose() => files.Dispose();

    IDataset Open(params (string, string)[] extra) =>
        new IdxDatasetPlugin().Open(DatasetFiles.Section([("Type", "idx"), ("Path", files.Folder), .. extra]), seed: 1);

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Loads_plain_and_gzip_files_as_images(bool gzip)
    {
        files.WriteMnist(20, 5, gzip);
        var dataset = Open();
        dataset.Info.Shape.Should().Equal(4, 4);
        (dataset.Count(DataSplit.Train), dataset.Count(DataSplit.Validation), dataset.Count(DataSplit.Test)).Should().Be((19, 1, 5));
        var (inputs, targets) = dataset.Batch(DataSplit.Test, [0, 4]);
        using (inputs)
        using (targets)
        {
            inputs.shape.Should().Equal(2, 1, 4, 4);
            targets.data<long>().ToArray().Should().Equal(0, 4);
        }
    }

    [Fact]
    public void Sequence_and_permuted_layouts_hold_the_same_pixels()
    {
        files.WriteMnist(10, 2);
        var sequence = Open(("Layout", "Sequence"));
        var permuted = Open(("Layout", "Permuted"));
        sequence.Info.Shape.Should().Equal(16);
        sequence.Info.Causal.Should().BeTrue();
        var (a, _) = sequence.Batch(DataSplit.Test, [1]);
        var (b, _) = permuted.Batch(DataSplit.Test, [1]);
        var plain = a.data<float>().ToArray();
        var shuffled = b.data<float>().ToArray();
        shuffled.Should().NotEqual(plain);
        shuffled.Order().Should().Equal(plain.Order());
    }

    [Fact]
    public void Inputs_are_standardised_with_training_statistics()
    {
        files.WriteMnist(30, 2);
        var dataset = Open(("ValidationFraction", "0"));
        var (inputs, _) = dataset.Batch(DataSplit.Train, Enumerable.Range(0, 30).ToArray());
        inputs.mean().item<float>().Should().BeApproximately(0, 1e-4f);
        inputs.std(unbiased: false).item<float>().Should().BeApproximately(1, 1e-3f);
    }

    [Fact]
    public void A_missing_file_names_it()
    {
        files.WriteMnist(4, 2);
        File.Delete(files.PathOf("t10k-labels-idx1-ubyte"));
        ShouldFailNaming(files.PathOf("t10k-labels-idx1-ubyte"), "IDX1");
    }

    [Fact]
    public void A_wrong_magic_number_names_the_file()
    {
        files.WriteMnist(4, 2);
        var path = files.Write("train-images-idx3-ubyte", DatasetFiles.Idx([4, 16], new byte[64]));
        ShouldFailNaming(path, "magic");
    }

    [Fact]
    public void A_truncated_file_names_it()
    {
        files.WriteMnist(4, 2);
        var path = files.PathOf("train-images-idx3-ubyte");
        files.Write("train-images-idx3-ubyte", File.ReadAllBytes(path)[..40]);
        ShouldFailNaming(path, "truncated");
    }

    [Fact]
    public void Header_sizes_whose_product_overflows_are_refused_naming_the_file()
    {
        files.WriteMnist(4, 2);
        // 16 × 2^30 × 2^30 wraps to 0 in 64 bits, which an empty file would match.
        var path = files.Write("train-images-idx3-ubyte", DatasetFiles.Idx([16, 1 << 30, 1 << 30], []));
        ShouldFailNaming(path, "16 x 1073741824 x 1073741824");
    }

    [Fact]
    public void A_truncated_gzip_file_names_it()
    {
        files.WriteMnist(40, 2, gzip: true);
        var path = files.PathOf("train-images-idx3-ubyte.gz");
        File.WriteAllBytes(path, File.ReadAllBytes(path)[..30]);
        ShouldFailNaming(path, "IDX3");
    }

    [Fact]
    public void A_label_out_of_range_names_the_file()
    {
        files.WriteMnist(4, 2);
        var path = files.Write("train-labels-idx1-ubyte", DatasetFiles.Idx([4], [0, 1, 10, 2]));
        ShouldFailNaming(path, "labels 0..9");
    }

    [Fact]
    public void Fashion_mnist_with_a_path_reads_it_under_its_own_name()
    {
        files.WriteMnist(10, 2, gzip: true);
        var dataset = new FashionMnistDatasetPlugin().Open(DatasetFiles.Section(("Path", files.Folder)), 3);
        dataset.Info.Name.Should().Be("fashion-mnist");
        dataset.Count(DataSplit.Test).Should().Be(2);
    }

    void ShouldFailNaming(string path, string expected) =>
        FluentActions.Invoking(() => Open()).Should().Throw<InvalidInputException>()
            .Where(e => e.Message.Contains(path) && e.Message.Contains(expected));
}
