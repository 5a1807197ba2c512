using System.Buffers.Binary;
using DNArch.Abstractions.Configuration;
using DNArch.Plugins.Datasets.Common;

namespace DNArch.Plugins.Datasets.Idx;

/// <summary>
/// An unsigned-byte IDX array (the MNIST file format): magic <c>00 00 08 nd</c>, <c>nd</c> big-endian int32 sizes,
/// then the values. <see cref="Data"/> is the whole file; the values start at <see cref="Offset"/>.
/// </summary>
public sealed record IdxArray(byte[] Data, int Offset, int[] Dimensions)
{
    public const string Images = "an IDX3 unsigned-byte image file (magic 0x00000803, sizes count x rows x columns)";
    public const string LabelFile = "an IDX1 unsigned-byte label file (magic 0x00000801, size count)";

    public int Count => Dimensions[0];

    /// <summary>Reads and checks the IDX file at <paramref name="path"/> (plain or .gz) with <paramref name="rank"/> dimensions.</summary>
    public static IdxArray Read(string path, int rank)
    {
        var expected = rank == 1 ? LabelFile : Images;
        var data = DataFiles.ReadAll(path, expected);
        var magic = data.Length >= 4 ? BinaryPrimitives.ReadUInt32BigEndian(data) : 0u;
        if (magic != 0x0800u + (uint)rank)
            throw InvalidInputException.ForFile(path, $"wrong magic number 0x{magic:x8}", expected);
        var offset = 4 + 4 * rank;
        if (data.Length < offset)
            throw InvalidInputException.ForFile(path, "truncated header", expected);
        var dimensions = Enumerable.Range(0, rank)
            .Select(d => BinaryPrimitives.ReadInt32BigEndian(data.AsSpan(4 + 4 * d)))
            .ToArray();
        var sizes = string.Join(" x ", dimensions);
        if (dimensions.Any(d => d <= 0))
            throw InvalidInputException.ForFile(path, $"the header's sizes {sizes} are not all positive", expected);
        long length;
        try { length = dimensions.Aggregate(1L, (product, size) => checked(product * size)); }
        catch (OverflowException) { throw InvalidInputException.ForFile(path, $"the header's sizes {sizes} overflow (damaged header)", expected); }
        if (data.Length - offset < length)
            throw InvalidInputException.ForFile(path, $"truncated: the header promises {string.Join(" x ", dimensions)} values, the file holds {data.Length - offset}", expected);
        if (data.Length - offset > length)
            throw InvalidInputException.ForFile(path, $"{data.Length - offset - length} bytes beyond the {string.Join(" x ", dimensions)} values of the header", expected);
        return new IdxArray(data, offset, dimensions);
    }
}
