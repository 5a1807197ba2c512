using System.ComponentModel.DataAnnotations;
using DNArch.Plugins.Datasets.Common;

namespace DNArch.Plugins.Datasets.Idx;

/// <summary>Options of the <c>idx</c>, <c>mnist</c> and <c>fashion-mnist</c> data sets. File names are tried with and without <c>.gz</c>.</summary>
public sealed class IdxOptions : ImageFileOptions
{
    public string TrainImages { get; set; } = "train-images-idx3-ubyte";
    public string TrainLabels { get; set; } = "train-labels-idx1-ubyte";
    public string TestImages { get; set; } = "t10k-images-idx3-ubyte";
    public string TestLabels { get; set; } = "t10k-labels-idx1-ubyte";

    [Range(2, 256)]
    public int Classes { get; set; } = 10;

    /// <summary>The four files, for messages.</summary>
    public string FileList => $"{TrainImages}, {TrainLabels}, {TestImages} and {TestLabels} (each plain or .gz)";
}
