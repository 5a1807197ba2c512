using DNArch.Abstractions.Datasets;

namespace DNArch.Plugins.Datasets.Common;

/// <summary>Builds an image classification data set in the layout the options ask for.</summary>
public static class ImageDatasets
{
    /// <param name="pixels">Rows laid out <c>[channels, height·width]</c>, training-file rows first.</param>
    public static SplitDataset Create(
        string name, ExampleTable pixels, int height, int width, int[] labels, int classes, int trainFileRows,
        ImageFileOptions options, int seed)
    {
        ArgumentNullException.ThrowIfNull(pixels);
        ArgumentNullException.ThrowIfNull(options);
        var splits = DatasetSplits.Carve(trainFileRows, pixels.Rows - trainFileRows, options.ValidationFraction, options.Limit, seed);
        return Create(new ImageTable(name, pixels, height, width), new ClassTargets(labels), classes, splits,
            options.Layout, options.PermutationSeed ?? seed, causal: true);
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
                new DatasetInfo(image.Name, TaskKind.Classification, pixels.Channels, [image.Height, image.Width], classes), pixels, targets, splits),
            ImageLayout.Sequence => new SplitDataset(
                new DatasetInfo($"s{image.Name}", TaskKind.Classification, pixels.Channels, sequence, classes, causal), pixels, targets, splits),
            ImageLayout.Permuted => new SplitDataset(
                new DatasetInfo($"p{image.Name}", TaskKind.Classification, pixels.Channels, sequence, classes, causal),
                new PermutedTable(pixels, Seeds.Permutation(sequence[0], Seeds.Random(permutationSeed, "permutation"))),
                targets, splits),
            _ => throw new ArgumentOutOfRangeException(nameof(layout), layout, null),
        };
    }
}
