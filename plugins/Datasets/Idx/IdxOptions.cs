using System.ComponentModel.DataAnnotations;
using DNArch.Plugins.Datasets.Common;

namespace DNArch.Plugins.Datasets.Idx;

/// <summary>Options of the <c>idx</c>, <c>mnist</c> and <c>fashion-mnist</c> data sets. File names are tried with and without <c>.gz</c>.</summary>
public sealed class IdxOptions : ImageFileOptions
{
    /// <summary>File of the training images in Path.</summary>
    public string TrainImages { get; set; } = "train-images-idx3-ubyte";
    /// <summary>File of the training labels in Path.</summary>
    public string TrainLabels { get; set; } = "train-labels-idx1-ubyte";
    /// <summary>File of the test images in Path.</summary>
    public string TestImages { get; set; } = "t10k-images-idx3-ubyte";
    /// <summary>File of the test labels in Path.</summary>
    public string TestLabels { get; set; } = "t10k-labels-idx1-ubyte";

    /// <summary>Number of classes of the labels.</summary>
    [Range(2, 256)]
    public int Classes { get; set; } = 10;

    /// <summary>The four files, for messages.</summary>
    public string FileList => $"{TrainImages}, {TrainLabels}, {TestImages} and {TestLabels} (each plain or .gz)";
}
