using DNArch.Abstractions.Configuration;
using DNArch.Abstractions.Datasets;
using DNArch.Plugins.Datasets.Common;
using DNArch.Plugins.Datasets.Pathfinder;

namespace DNArch.Tests.Datasets;

[Collection(TorchCollection.Name)]
public sealed class PathfinderTests : IDisposable
{
    readonly DatasetFiles cache = new();

    public void Dispose() => cache.Dispose();

    /// <summary>Breadth-first flood fill over ink pixels from <paramref name="from"/>, stepping to ink within <paramref name="reach"/> (Chebyshev).</summary>
    static bool Connected(PathfinderImage image, (int Row, int Column) from, (int Row, int Column) to, int reach)
    {
        var n = image.Side;
        var seen = new bool[n * n];
        var queue = new Queue<(int Row, int Column)>([from]);
        seen[from.Row * n + from.Column] = true;
        while (queue.TryDequeue(out var p))
        {
            if (p == to)
                return true;
            for (var r = Math.Max(0, p.Row - reach); r <= Math.Min(n - 1, p.Row + reach); r++)
            {
                for (var c = Math.Max(0, p.Column - reach); c <= Math.Min(n - 1, p.Column + reach); c++)
                {
                    if (image.Pixels[r * n + c] != 0 && !seen[r * n + c])
                    {
                        seen[r * n + c] = true;
                        queue.Enqueue((r, c));
                    }
                }
            }
        }
        return false;
    }

    [Theory]
    [InlineData(32)]
    [InlineData(64)]
    [InlineData(128)]
    public void Joined_and_not_joined_examples_differ_in_connectivity(int side)
    {
        var generator = new PathfinderGenerator(side, PathfinderDifficulty.Hard);
        var images = Enumerable.Range(0, 24).Select(i => generator.Next(new Random(i), joined: i % 2 == 0)).ToList();

        images.Should().OnlyContain(image => image.Pixels[image.First.Row * side + image.First.Column] == 255
                                             && image.Pixels[image.Second.Row * side + image.Second.Column] == 255);
        images.Select(image => Connected(image, image.First, image.Second, generator.Reach))
            .Should().Equal(images.Select(image => image.Joined), "a fill bridging the dash gaps links the markers exactly when joined");
        if (side == 128)
        {
            images.Where(image => image.Joined).Should().OnlyContain(image => !Connected(image, image.First, image.Second, 1),
                "the path is dashed: without bridging the gaps the fill stops at the first one");
        }
    }

    [Fact]
    public void Images_depend_only_on_the_seed()
    {
        var generator = new PathfinderGenerator(32, PathfinderDifficulty.Easy);
        generator.Next(new Random(5), joined: true).Pixels.Should().Equal(generator.Next(new Random(5), joined: true).Pixels);
        generator.Next(new Random(5), joined: true).Pixels.Should().NotEqual(generator.Next(new Random(6), joined: true).Pixels);
    }

    [Fact]
    public void The_plugin_gives_balanced_sequences_or_images_and_caches_them()
    {
        (string, string)[] settings = [("CacheDirectory", cache.Folder), ("TrainCount", "10"), ("ValidationCount", "4"), ("TestCount", "4")];
        var sequences = new PathfinderDatasetPlugin().Open(DatasetFiles.Section(settings), seed: 3);
        sequences.Info.Should().Be(new DatasetInfo("spathfinder32", TaskKind.Classification, 1, sequences.Info.Shape, 2, Causal: false));
        sequences.Info.Shape.Should().Equal(1024);
        var (x, y) = sequences.Batch(DataSplit.Train, Enumerable.Range(0, 10).ToArray());
        x.shape.Should().Equal(10, 1, 1024);
        y.data<long>().Sum().Should().Be(5, "half the examples are joined");

        var images = new PathfinderDatasetPlugin().Open(DatasetFiles.Section([.. settings, ("Layout", "Image")]), seed: 3);
        Directory.GetFiles(cache.Folder).Should().ContainSingle("the second open reads the cache");
        var (image, _) = images.Batch(DataSplit.Train, [0]);
        image.shape.Should().Equal(1, 1, 32, 32);
        image.data<float>().ToArray().Should().Equal(x[0].data<float>().ToArray());
    }

    [Fact]
    public void A_resolution_out_of_range_names_the_key()
    {
        FluentActions.Invoking(() => new PathfinderDatasetPlugin().Open(DatasetFiles.Section(("Resolution", "20")), seed: 0))
            .Should().Throw<InvalidInputException>().Where(e => e.Message.Contains("Search:Dataset:Resolution"));
    }

    [Fact]
    public void A_corrupt_cache_file_is_generated_again()
    {
        // Caches carry a checksum: a damaged one is replaced by a fresh generation, not trusted.
        var options = new PathfinderOptions { TrainCount = 2, ValidationCount = 1, TestCount = 1 };
        var path = cache.Write(PathfinderExamples.CacheName(options, 0), [1, 2, 3]);
        var dataset = new PathfinderDatasetPlugin().Open(
            DatasetFiles.Section(("CacheDirectory", cache.Folder), ("TrainCount", "2"), ("ValidationCount", "1"), ("TestCount", "1")), seed: 0);
        dataset.Count(DataSplit.Train).Should().Be(2);
        new FileInfo(path).Length.Should().BeGreaterThan(3);
    }
}
