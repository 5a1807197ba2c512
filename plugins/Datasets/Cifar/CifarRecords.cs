using DNArch.Abstractions.Configuration;
using DNArch.Plugins.Datasets.Common;

namespace DNArch.Plugins.Datasets.Cifar;

/// <summary>The records of one CIFAR binary file: pixel slices of the file's bytes and their labels.</summary>
public sealed record CifarRecords(IReadOnlyList<ReadOnlyMemory<byte>> Pixels, int[] Labels)
{
    public static CifarRecords Read(string folder, string name, CifarFormat format)
    {
        ArgumentNullException.ThrowIfNull(format);
        var path = DataFiles.Resolve(folder, name, format.Expected);
        var data = DataFiles.ReadAll(path, format.Expected);
        if (data.Length == 0 || data.Length % format.RecordBytes != 0)
            throw InvalidInputException.ForFile(path, $"{data.Length} bytes is not a whole number of records (truncated or not {format.Name})", format.Expected);
        var count = data.Length / format.RecordBytes;
        var labels = Enumerable.Range(0, count).Select(i => (int)data[i * format.RecordBytes + format.LabelIndex]).ToArray();
        Common.Labels.EnsureInRange(labels, format.Classes, path, format.Expected);
        var pixels = ByteTable.Slices(data, format.LabelBytes, format.RecordBytes, CifarFormat.PixelBytes, count).ToList();
        return new CifarRecords(pixels, labels);
    }
}
