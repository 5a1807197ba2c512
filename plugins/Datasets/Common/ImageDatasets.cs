using DNArch.Abstractions.Datasets;

namespace DNArch.Plugins.Datasets.Common;

/// <summary>Builds an image classification data set in the layout the options ask for.</summary>
public static class ImageDatasets
{
    /// <param name="pixels">Rows laid out <c>[channels, height·width]</c>, training-file rows first.</param>
    public static SplitDataset Create(
        string name, ByteTable pixels, int height, int width, int[] labels, int classes, int trainFileRows,
        ImageFileOptions options, int seed)
    {
        ArgumentNullException.ThrowIfNull(pixels);
        ArgumentNullException.ThrowIfNull(options);
        var splits = DatasetSplits.Carve(trainFileRows, pixels.Rows - trainFileRows, options.ValidationFraction, options.Limit, seed);
        var targets = new ClassTargets(labels);
        var sequence = new[] { height * width };
        return options.Layout switch
        {
            ImageLayout.Image => new SplitDataset(
                new DatasetInfo(name, TaskKind.Classification, pixels.Channels, [height, width], classes), pixels, targets, splits),
            ImageLayout.Sequence => new SplitDataset(
                new DatasetInfo($"s{name}", TaskKind.Classification, pixels.Channels, sequence, classes, Causal: true), pixels, targets, splits),
            ImageLayout.Permuted => new SplitDataset(
                new DatasetInfo($"p{name}", TaskKind.Classification, pixels.Channels, sequence, classes, Causal: true),
                new PermutedTable(pixels, Seeds.Permutation(height * width, Seeds.Random(options.PermutationSeed ?? seed, "permutation"))),
                targets, splits),
            _ => throw new ArgumentOutOfRangeException(nameof(options), options.Layout, null),
        };
    }
}
