using DNArch.Abstractions.Datasets;

namespace DNArch.Plugins.Datasets.Common;

/// <summary>Builds an image classification data set in the layout the options ask for.</summary>
public static class ImageDatasets
{
    /// <summary>Images read from files, <paramref name="trainFileRows"/> training-file rows first, the test files' rows after them.</summary>
    public static SplitDataset Create(
        ImageTable image, int[] labels, int classes, int trainFileRows, ImageFileOptions options, int seed, bool causal = true)
    {
        ArgumentNullException.ThrowIfNull(image);
        ArgumentNullException.ThrowIfNull(options);
        var splits = DatasetSplits.Carve(trainFileRows, image.Pixels.Rows - trainFileRows, options.ValidationFraction, options.Limit, seed);
        return Create(image, new ClassTargets(labels), classes, splits, options.Layout, options.PermutationSeed ?? seed, causal);
    }

    /// <summary>
    /// <paramref name="image"/> as 2-D images or as sequences in raster order (<paramref name="causal"/> ones for
    /// sMNIST-like tasks, centred ones for LRA's), permuted by a seeded order for <see cref="ImageLayout.Permuted"/>.
    /// </summary>
    public static SplitDataset Create(
        ImageTable image, Targets targets, int classes, DatasetSplits splits, ImageLayout layout, int permutationSeed, bool causal)
    {
        ArgumentNullException.ThrowIfNull(image);
        var pixels = image.Pixels;
        var sequence = new[] { image.Height * image.Width };
        return layout switch
        {
            ImageLayout.Image => new SplitDataset(
                new DatasetInfo(image.Name, TaskKind.Classification, pixels.Channels, [image.Height, image.Width], classes), pixels, targets, splits, image.Normaliser),
            ImageLayout.Sequence => new SplitDataset(
                new DatasetInfo($"s{image.Name}", TaskKind.Classification, pixels.Channels, sequence, classes, causal), pixels, targets, splits, image.Normaliser),
            ImageLayout.Permuted => new SplitDataset(
                new DatasetInfo($"p{image.Name}", TaskKind.Classification, pixels.Channels, sequence, classes, causal),
                new PermutedTable(pixels, Seeds.Permutation(sequence[0], Seeds.Random(permutationSeed, "permutation"))),
                targets, splits, image.Normaliser),
            _ => throw new ArgumentOutOfRangeException(nameof(layout), layout, null),
        };
    }
}
