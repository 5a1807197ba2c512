namespace DNArch.Plugins.Datasets.Cifar;

/// <summary>One of the two CIFAR binary formats: label bytes, then 3072 pixel bytes (1024 red, green, blue, rows first).</summary>
public sealed record CifarFormat(string Name, string[] TrainFiles, string TestFile, int LabelBytes, int LabelIndex, int Classes)
{
    public const int Side = 32;
    public const int PixelBytes = 3 * Side * Side;

    public int RecordBytes => LabelBytes + PixelBytes;

    public string Expected => $"{Name} binary records of {RecordBytes} bytes ({(LabelBytes == 1 ? "label" : "coarse label, fine label")}, 3072 pixels) with labels 0..{Classes - 1}";

    public static CifarFormat Cifar10 { get; } = new(
        "cifar10", Enumerable.Range(1, 5).Select(i => $"data_batch_{i}.bin").ToArray(), "test_batch.bin", 1, 0, 10);

    public static CifarFormat Cifar100(CifarLabels labels) => labels == CifarLabels.Coarse
        ? new("cifar100-coarse", ["train.bin"], "test.bin", 2, 0, 20)
        : new("cifar100", ["train.bin"], "test.bin", 2, 1, 100);
}
