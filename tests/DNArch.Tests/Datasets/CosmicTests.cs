using System.Text;
using DNArch.Abstractions.Configuration;
using DNArch.Abstractions.Datasets;
using DNArch.Engine.Search;
using DNArch.Plugins.Datasets.Cosmic;

namespace DNArch.Tests.Datasets;

[Collection(TorchCollection.Name)]
public sealed class CosmicTests : IDisposable
{
    readonly DatasetFiles files = new();

    public void Dispose() => files.Dispose();

    /// <summary>A plain detector: how far a pixel stands above the mean of its 8 neighbours.</summary>
    static float[] Sharpness(float[] image, int n)
    {
        var score = new float[n * n];
        for (var y = 1; y < n - 1; y++)
        {
            for (var x = 1; x < n - 1; x++)
            {
                var sum = 0f;
                for (var k = 0; k < 9; k++)
                    sum += k == 4 ? 0 : image[(y + k / 3 - 1) * n + x + k % 3 - 1];
                score[y * n + x] = image[y * n + x] - sum / 8;
            }
        }
        return score;
    }

    static double FalseNegativeRate(float[] scores, float[] mask, double falsePositiveRate)
    {
        var detection = new DetectionScores();
        detection.Add(scores, mask);
        return detection.FalseNegativeRate(falsePositiveRate);
    }

    [Fact]
    public void Hits_are_sharp_bright_and_masked_and_a_plain_detector_finds_most_of_them()
    {
        var generator = new CosmicGenerator(64, stars: 20, hits: 8);
        var images = Enumerable.Range(0, 10).Select(i => generator.Next(new Random(i))).ToList();

        images.Should().OnlyContain(e => e.Mask.Sum() >= 1, "every image has a hit");
        images.SelectMany(e => e.Mask).Should().OnlyContain(m => m == 0 || m == 1);
        var scores = images.SelectMany(e => Sharpness(e.Image, 64)).ToArray();
        var masks = images.SelectMany(e => e.Mask).ToArray();
        FalseNegativeRate(scores, masks, 0.01).Should().BeLessThan(0.5,
            "hits are not blurred by the optics, so a pixel's excess over its neighbours finds most at 1% false positives");
        FalseNegativeRate(images.SelectMany(e => e.Image).ToArray(), masks, 0.0001).Should().BeGreaterThan(0.05,
            "bright stars outshine some hits: brightness alone is not enough");
    }

    [Fact]
    public void The_plugin_gives_images_and_binary_masks_and_caches_them()
    {
        (string, string)[] settings = [("CacheDirectory", files.Folder), ("Resolution", "32"), ("TrainCount", "6"), ("ValidationCount", "2"), ("TestCount", "2")];
        var dataset = new CosmicDatasetPlugin().Open(DatasetFiles.Section(settings), seed: 4);

        dataset.Info.Should().Be(new DatasetInfo("cosmic", TaskKind.BinarySegmentation, 1, dataset.Info.Shape, 1));
        dataset.Info.Shape.Should().Equal(32, 32);
        var (x, y) = dataset.Batch(DataSplit.Train, [0, 5]);
        x.shape.Should().Equal(2, 1, 32, 32);
        y.shape.Should().Equal(2, 1, 32, 32);
        y.sum().item<float>().Should().BeGreaterThanOrEqualTo(2);
        new CosmicDatasetPlugin().Open(DatasetFiles.Section(settings), seed: 4).Batch(DataSplit.Train, [5]).Targets.data<float>().ToArray()
            .Should().Equal(y[1].data<float>().ToArray());
        Directory.GetFiles(files.Folder).Should().ContainSingle("the second open reads the cache");
    }

    /// <summary>A version-1 .npy file of float32 values.</summary>
    static byte[] Npy(int[] shape, float[] values)
    {
        var header = $"{{'descr': '<f4', 'fortran_order': False, 'shape': ({string.Join(", ", shape)}), }}";
        header = header.PadRight(118 - 10) + "\n";
        var bytes = new List<byte> { 0x93 };
        bytes.AddRange(Encoding.ASCII.GetBytes("NUMPY"));
        bytes.AddRange([1, 0, (byte)(header.Length % 256), (byte)(header.Length / 256)]);
        bytes.AddRange(Encoding.ASCII.GetBytes(header));
        bytes.AddRange(values.SelectMany(BitConverter.GetBytes));
        return [.. bytes];
    }

    [Fact]
    public void Deepcr_paired_arrays_are_read_and_a_bad_mask_names_its_file()
    {
        const int count = 20, side = 8;
        files.Write("image.npy", Npy([count, side, side], Enumerable.Range(0, count * side * side).Select(i => (float)(i % 97)).ToArray()));
        files.Write("mask.npy", Npy([count, side, side], Enumerable.Range(0, count * side * side).Select(i => (float)(i % 5 == 0 ? 1 : 0)).ToArray()));
        var dataset = new CosmicDatasetPlugin().Open(DatasetFiles.Section(("Path", files.Folder), ("TestFraction", "0.2"), ("ValidationFraction", "0.1")), seed: 1);

        (dataset.Count(DataSplit.Train), dataset.Count(DataSplit.Validation), dataset.Count(DataSplit.Test)).Should().Be((14, 2, 4));
        dataset.Info.Shape.Should().Equal(side, side);

        var mask = files.Write("mask.npy", Npy([count, side, side], Enumerable.Repeat(0.5f, count * side * side).ToArray()));
        FluentActions.Invoking(() => new CosmicDatasetPlugin().Open(DatasetFiles.Section(("Path", files.Folder)), seed: 1))
            .Should().Throw<InvalidInputException>().Where(e => e.Message.Contains(mask) && e.Message.Contains("other than 0 and 1"));
        files.Write("image.npy", [1, 2, 3]);
        FluentActions.Invoking(() => new CosmicDatasetPlugin().Open(DatasetFiles.Section(("Path", files.Folder)), seed: 1))
            .Should().Throw<InvalidInputException>().Where(e => e.Message.Contains(files.PathOf("image.npy")));
    }
}
