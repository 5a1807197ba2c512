using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using DNArch.Abstractions.Configuration;

namespace DNArch.Plugins.Sdk.Datasets;

/// <summary>
/// A C-ordered NumPy <c>.npy</c> array of little-endian float32/float64, uint8 or bool, read as floats (data sets'
/// files, <c>dnarch predict</c>'s inputs); written as float32.
/// </summary>
public sealed partial record NpyArray(int[] Shape, float[] Values)
{
    /// <summary>What a readable file is, for messages.</summary>
    public const string Expected = "a NumPy .npy file (version 1-3, C order) of <f4, <f8, |u1 or |b1 values";

    /// <summary>The array in the file at <paramref name="path"/>; an unreadable or malformed one names it.</summary>
    public static NpyArray Read(string path)
    {
        try
        {
            return Parse(File.ReadAllBytes(path), path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw InvalidInputException.ForFile(path, $"cannot be read ({e.Message})", Expected);
        }
    }

    /// <summary>The array in <paramref name="bytes"/>, the content of the file at <paramref name="path"/>.</summary>
    public static NpyArray Parse(byte[] bytes, string path)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        if (bytes.Length < 10 || bytes[0] != 0x93 || Encoding.ASCII.GetString(bytes, 1, 5) != "NUMPY")
            throw InvalidInputException.ForFile(path, "no .npy magic", Expected);
        var (headerLength, start) = bytes[6] == 1 ? (BitConverter.ToUInt16(bytes, 8), 10) : ((int)BitConverter.ToUInt32(bytes, 8), 12);
        if (start + headerLength > bytes.Length)
            throw InvalidInputException.ForFile(path, "truncated header", Expected);
        var header = Encoding.ASCII.GetString(bytes, start, headerLength);
        var descr = DescrPattern().Match(header);
        var shape = ShapePattern().Match(header);
        if (!descr.Success || !shape.Success || header.Contains("'fortran_order': True", StringComparison.Ordinal))
            throw InvalidInputException.ForFile(path, $"unsupported header {header.Trim()}", Expected);
        var dimensions = shape.Groups[1].Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(d => int.Parse(d, CultureInfo.InvariantCulture)).ToArray();
        var count = dimensions.Aggregate(1L, (a, d) => a * d);
        var data = bytes.AsSpan(start + headerLength);
        var size = descr.Groups[1].Value switch { "<f4" => 4, "<f8" => 8, _ => 1 };
        if (data.Length != count * size)
            throw InvalidInputException.ForFile(path, $"{data.Length} data bytes for shape ({string.Join(", ", dimensions)})", Expected);
        var values = new float[count];
        for (var i = 0; i < count; i++)
        {
            values[i] = size switch
            {
                4 => BitConverter.ToSingle(data.Slice(4 * i, 4)),
                8 => (float)BitConverter.ToDouble(data.Slice(8 * i, 8)),
                _ => data[i],
            };
        }
        return new NpyArray(dimensions, values);
    }

    /// <summary>Writes the array as a version-1 <c>.npy</c> file of little-endian float32.</summary>
    public void Write(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var dimensions = string.Join(", ", Shape.Select(d => d.ToString(CultureInfo.InvariantCulture)));
        var header = $"{{'descr': '<f4', 'fortran_order': False, 'shape': ({dimensions}{(Shape.Length == 1 ? "," : "")}), }}";
        // Magic, version and header length take 10 bytes; the header is padded with spaces to a multiple of 64, then '\n'.
        header = header.PadRight((10 + header.Length + 1 + 63) / 64 * 64 - 10 - 1) + "\n";
        using var writer = new BinaryWriter(stream, Encoding.ASCII, leaveOpen: true);
        writer.Write((byte)0x93);
        writer.Write(Encoding.ASCII.GetBytes("NUMPY"));
        writer.Write((byte)1);
        writer.Write((byte)0);
        writer.Write((ushort)header.Length);
        writer.Write(Encoding.ASCII.GetBytes(header));
        foreach (var value in Values) writer.Write(value);
    }

    [GeneratedRegex(@"'descr':\s*'(<f4|<f8|\|u1|\|b1)'")]
    private static partial Regex DescrPattern();

    [GeneratedRegex(@"'shape':\s*\(([0-9,\s]*)\)")]
    private static partial Regex ShapePattern();
}
