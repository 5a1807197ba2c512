namespace DNArch.Plugins.Datasets.Common;

/// <summary>
/// Pixels of images of one size, rows laid out <c>[channels, height·width]</c>, the data set's name, and a fixed
/// normaliser where the task prescribes one (else training-split statistics).
/// </summary>
public sealed record ImageTable(string Name, ExampleTable Pixels, int Height, int Width, ChannelNormaliser? Normaliser = null);
