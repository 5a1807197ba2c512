namespace DNArch.Plugins.Datasets.Common;

/// <summary>Pixels of images of one size, rows laid out <c>[channels, height·width]</c>, and the data set's name.</summary>
public sealed record ImageTable(string Name, ExampleTable Pixels, int Height, int Width);
