using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using DNArch.Abstractions.Configuration;

namespace DNArch.Plugins.Datasets.Common;

/// <summary>A C-ordered NumPy <c>.npy</c> array of little-endian float32/float64, uint8 or bool, read as floats.</summary>
public sealed partial record NpyArray(int[] Shape, float[] Values)
{
    const string Expected = "a NumPy .npy file (version 1-3, C order) of <f4, <f8, |u1 or |b1 values";

    public static NpyArray Read(string path)
    {
        var bytes = DataFiles.ReadAll(path, Expected);
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

    [GeneratedRegex(@"'descr':\s*'(<f4|<f8|\|u1|\|b1)'")]
    private static partial Regex DescrPattern();

    [GeneratedRegex(@"'shape':\s*\(([0-9,\s]*)\)")]
    private static partial Regex ShapePattern();
}
