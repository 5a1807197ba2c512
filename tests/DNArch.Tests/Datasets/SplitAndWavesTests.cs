using System.Diagnostics;
using DNArch.Abstractions.Datasets;
using DNArch.Plugins.Datasets.Common;
using DNArch.Plugins.Datasets.Waves;

namespace DNArch.Tests.Datasets;

[Collection(TorchCollection.Name)]
public sealed class SplitAndWavesTests
{
    [Fact]
    public void Carved_splits_are_disjoint_cover_the_files_and_are_reproducible_from_the_seed()
    {
        var splits = DatasetSplits.Carve(1000, 200, 0.1, limit: null, seed: 11);
        splits.Train.Should().HaveCount(900);
        splits.Validation.Should().HaveCount(100);
        splits.Train.Intersect(splits.Validation).Should().BeEmpty();
        splits.Train.Concat(splits.Validation).Order().Should().Equal(Enumerable.Range(0, 1000));
        splits.Test.Should().Equal(Enumerable.Range(1000, 200));
        DatasetSplits.Carve(1000, 200, 0.1, null, 11).Validation.Should().Equal(splits.Validation);
        DatasetSplits.Carve(1000, 200, 0.1, null, 12).Validation.Should().NotEqual(splits.Validation);
    }

    [Fact]
    public void Limit_caps_only_the_training_split()
    {
        var splits = DatasetSplits.Carve(1000, 200, 0.1, limit: 50, seed: 11);
        (splits.Train.Length, splits.Validation.Length, splits.Test.Length).Should().Be((50, 100, 200));
        splits.Train.Intersect(splits.Validation).Should().BeEmpty();
        DatasetSplits.Consecutive(10, 3, 4, limit: 5).Should().BeEquivalentTo(new DatasetSplits([0, 1, 2, 3, 4], [10, 11, 12], [13, 14, 15, 16]));
    }

    [Theory]
    [InlineData(10, 0.05, 1)]
    [InlineData(2, 0.05, 1)]
    [InlineData(10, 0.0, 0)]
    [InlineData(1, 0.05, 0)]
    [InlineData(4, 0.9, 3)]
    public void A_positive_fraction_holds_out_at_least_one_row_and_leaves_one_to_train(int pool, double fraction, int validation)
    {
        var splits = DatasetSplits.Carve(pool, 3, fraction, limit: null, seed: 11);
        (splits.Train.Length, splits.Validation.Length).Should().Be((pool - validation, validation));
    }

    [Fact]
    public void Waves_is_generated_quickly_balanced_and_reproducible()
    {
        var clock = Stopwatch.StartNew();
        var dataset = new WavesDatasetPlugin().Open(DatasetFiles.Section(), seed: 0);
        clock.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(2));
        dataset.Info.Should().Be(new DatasetInfo("waves", TaskKind.Classification, 1, dataset.Info.Shape, 4));
        dataset.Info.Shape.Should().Equal(256);
        var (x, y) = dataset.Batch(DataSplit.Train, Enumerable.Range(0, 2000).ToArray());
        x.shape.Should().Equal(2000, 1, 256);
        y.bincount(null).data<long>().ToArray().Should().OnlyContain(n => n > 400);
        var (again, _) = new WavesDatasetPlugin().Open(DatasetFiles.Section(), seed: 0).Batch(DataSplit.Test, [3]);
        var (test, _) = dataset.Batch(DataSplit.Test, [3]);
        again.data<float>().ToArray().Should().Equal(test.data<float>().ToArray());
    }
}
