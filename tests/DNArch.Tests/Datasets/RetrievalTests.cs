using DNArch.Abstractions.Configuration;
using DNArch.Abstractions.Datasets;
using DNArch.Plugins.Datasets.Retrieval;

namespace DNArch.Tests.Datasets;

[Collection(TorchCollection.Name)]
public sealed class RetrievalTests : IDisposable
{
    readonly DatasetFiles files = new();

    public void Dispose() => files.Dispose();

    IDataset Open(params (string, string)[] extra) =>
        new RetrievalDatasetPlugin().Open(DatasetFiles.Section([("Path", files.Folder), .. extra]), seed: 1);

    [Fact]
    public void Pairs_become_two_byte_channels_split_by_file()
    {
        AanFiles.Write(files.Folder, 6);
        var dataset = Open(("Length", "16"));

        dataset.Info.Should().Be(new DatasetInfo("retrieval", TaskKind.Classification, 2, dataset.Info.Shape, 2));
        dataset.Info.Shape.Should().Equal(16);
        (dataset.Count(DataSplit.Train), dataset.Count(DataSplit.Validation), dataset.Count(DataSplit.Test)).Should().Be((6, 6, 6));
        var (x, y) = dataset.Batch(DataSplit.Test, [0, 1]);
        x.shape.Should().Equal(2, 2, 16);
        y.data<long>().ToArray().Should().Equal(1, 0);
    }

    [Fact]
    public void Texts_are_cut_or_padded_per_channel()
    {
        AanFiles.Write(files.Folder, 2);
        var (rows, labels) = AanPairs.Read(files.PathOf("new_aan_pairs.test.tsv"), 12);

        labels.Should().Equal(1, 0);
        rows[0].ToArray().Should().Equal([.. "we cite pape"u8.ToArray(), .. "cited \u00e9 0"u8.ToArray(), 0, 0]);
    }

    [Theory]
    [InlineData("1\tA\tB\tonly four fields", "has 4 fields")]
    [InlineData("yes\tA\tB\ttext\ttext", "label 'yes'")]
    public void A_malformed_line_names_the_file_and_line(string line, string problem)
    {
        AanFiles.Write(files.Folder, 2);
        var path = files.Write("new_aan_pairs.eval.tsv", System.Text.Encoding.UTF8.GetBytes($"0\tA\tB\tx\ty\n{line}\n"));
        FluentActions.Invoking(() => Open()).Should().Throw<InvalidInputException>()
            .Where(e => e.Message.Contains(path) && e.Message.Contains("line 2") && e.Message.Contains(problem));
    }
}
