using System.Text;
using DNArch.Abstractions.Configuration;

namespace DNArch.Plugins.Datasets.Retrieval;

/// <summary>
/// One of LRA's AAN TSV files: per line a label (0 or 1, also written 0.0 / 1.0), two paper ids and the two papers'
/// texts, tab-separated. Each pair becomes one row of two channels: the first text's UTF-8 bytes, then the second's,
/// each cut or zero-padded to the length.
/// </summary>
public static class AanPairs
{
    public const string Expected = "LRA AAN pairs: lines of label (0/1), id1, id2, text1, text2 separated by tabs";

    public static (List<ReadOnlyMemory<byte>> Rows, List<int> Labels) Read(string path, int length)
    {
        var rows = new List<ReadOnlyMemory<byte>>();
        var labels = new List<int>();
        var number = 0;
        foreach (var line in Lines(path))
        {
            number++;
            if (line.Length == 0)
                continue;
            var fields = line.Split('\t');
            if (fields.Length != 5)
                throw InvalidInputException.ForFile(path, $"line {number} has {fields.Length} fields", Expected);
            labels.Add(fields[0].Trim() switch
            {
                "0" or "0.0" => 0,
                "1" or "1.0" => 1,
                var other => throw InvalidInputException.ForFile(path, $"line {number} has label '{other}'", Expected),
            });
            var row = new byte[2 * length];
            for (var t = 0; t < 2; t++)
            {
                var bytes = Encoding.UTF8.GetBytes(fields[3 + t]);
                bytes.AsSpan(0, Math.Min(bytes.Length, length)).CopyTo(row.AsSpan(t * length));
            }
            rows.Add(row);
        }
        if (rows.Count == 0)
            throw InvalidInputException.ForFile(path, "holds no pair", Expected);
        return (rows, labels);
    }

    static IEnumerable<string> Lines(string path)
    {
        try
        {
            return File.ReadLines(path).ToList();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw InvalidInputException.ForFile(path, $"cannot be read ({e.Message})", Expected);
        }
    }
}
