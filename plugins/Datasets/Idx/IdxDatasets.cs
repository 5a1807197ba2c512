using DNArch.Abstractions.Configuration;
using DNArch.Plugins.Datasets.Common;

namespace DNArch.Plugins.Datasets.Idx;

/// <summary>Loads a train/t10k pair of IDX image and label files as one image classification data set.</summary>
public static class IdxDatasets
{
    public static SplitDataset Load(string name, string folder, IdxOptions options, int seed)
    {
        ArgumentNullException.ThrowIfNull(options);
        var train = ReadPair(folder, options.TrainImages, options.TrainLabels, options.Classes);
        var test = ReadPair(folder, options.TestImages, options.TestLabels, options.Classes);
        if (test.Images.Dimensions[1] != train.Images.Dimensions[1] || test.Images.Dimensions[2] != train.Images.Dimensions[2])
            throw InvalidInputException.ForFile(test.ImagePath, $"images are {test.Images.Dimensions[1]}x{test.Images.Dimensions[2]}, the training images {train.Images.Dimensions[1]}x{train.Images.Dimensions[2]}", "test images of the training images' size");
        var (height, width) = (train.Images.Dimensions[1], train.Images.Dimensions[2]);
        var rows = new List<ReadOnlyMemory<byte>>(train.Images.Count + test.Images.Count);
        foreach (var part in new[] { train.Images, test.Images })
            rows.AddRange(ByteTable.Slices(part.Data, part.Offset, height * width, height * width, part.Count));
        var labels = train.Labels.Concat(test.Labels).ToArray();
        return ImageDatasets.Create(new ImageTable(name, new ByteTable(rows, 1, height * width), height, width), labels, options.Classes, train.Images.Count, options, seed);
    }

    sealed record Pair(IdxArray Images, int[] Labels, string ImagePath);

    static Pair ReadPair(string folder, string imageName, string labelName, int classes)
    {
        var imagePath = DataFiles.Resolve(folder, imageName, IdxArray.Images);
        var labelPath = DataFiles.Resolve(folder, labelName, IdxArray.LabelFile);
        var images = IdxArray.Read(imagePath, 3);
        var labelArray = IdxArray.Read(labelPath, 1);
        if (labelArray.Count != images.Count)
            throw InvalidInputException.ForFile(labelPath, $"{labelArray.Count} labels for the {images.Count} images of {imagePath}", "one label per image");
        var labels = labelArray.Data.AsSpan(labelArray.Offset, labelArray.Count).ToArray().Select(b => (int)b).ToArray();
        Labels.EnsureInRange(labels, classes, labelPath, IdxArray.LabelFile);
        return new Pair(images, labels, imagePath);
    }
}
