namespace DNArch.Plugins.Datasets.Common;

/// <summary>
/// Rows of bytes (pixels, characters, token ids), each a slice of a larger buffer or its own array. A row shorter
/// than <see cref="ExampleTable.RowLength"/> is padded with zeros at the end.
/// </summary>
public sealed class ByteTable(IReadOnlyList<ReadOnlyMemory<byte>> rows, int channels, int positions)
    : ExampleTable(rows.Count, channels, positions)
{
    public override void CopyRow(int row, Span<float> destination)
    {
        var bytes = rows[row].Span;
        var length = Math.Min(bytes.Length, RowLength);
        for (var i = 0; i < length; i++)
            destination[i] = bytes[i];
        destination[length..RowLength].Clear();
    }

    /// <summary>Row slices of <paramref name="buffer"/>: <paramref name="count"/> rows of <paramref name="length"/> bytes, <paramref name="stride"/> apart from <paramref name="start"/>.</summary>
    public static IEnumerable<ReadOnlyMemory<byte>> Slices(byte[] buffer, int start, int stride, int length, int count) =>
        Enumerable.Range(0, count).Select(i => new ReadOnlyMemory<byte>(buffer, start + i * stride, length));
}
