using System.Security.Cryptography;
using DNArch.Abstractions.Configuration;
using DNArch.Plugins.Sdk.IO;

namespace DNArch.Plugins.Datasets.Common;

/// <summary>Generated data kept on disk: written atomically (<see cref="AtomicFile"/>), read back with errors that name the file.</summary>
public static class CacheFiles
{
    /// <summary>
    /// The content cached at <paramref name="path"/>; when there is none, or it fails its checksum (truncated,
    /// corrupted: a bad length field, a NaN written over a value), <paramref name="generate"/>s it and caches it (the
    /// magic string, then what <paramref name="write"/> writes, then a SHA-256 of both) before returning it.
    /// </summary>
    public static T GetOrCreate<T>(string path, string magic, Func<BinaryReader, T> read, Func<T> generate, Action<T, BinaryWriter> write)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(generate);
        ArgumentNullException.ThrowIfNull(write);
        if (Read(path, magic, read) is { } cached)
            return cached;
        var made = generate();
        using var payload = new MemoryStream();
        using (var writer = new BinaryWriter(payload, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(magic);
            write(made, writer);
        }
        var bytes = payload.GetBuffer().AsMemory(0, (int)payload.Length);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        AtomicFile.Write(path, stream =>
        {
            stream.Write(bytes.Span);
            stream.Write(SHA256.HashData(bytes.Span));
        });
        return made;
    }

    /// <summary>
    /// The content of <paramref name="path"/> read by <paramref name="read"/>, or null when there is no such file or
    /// it fails its checksum (to be generated again). Content that verifies but does not parse names the file.
    /// </summary>
    static T? Read<T>(string path, string magic, Func<BinaryReader, T> read) where T : class
    {
        ArgumentNullException.ThrowIfNull(read);
        if (!File.Exists(path))
            return null;
        var expected = $"a DNArch cache file starting with '{magic}' (delete it to regenerate)";
        try
        {
            var bytes = File.ReadAllBytes(path);
            if (bytes.Length < HashLength) return null;
            var payload = bytes.AsMemory(0, bytes.Length - HashLength);
            if (!SHA256.HashData(payload.Span).AsSpan().SequenceEqual(bytes.AsSpan(bytes.Length - HashLength))) return null;
            using var reader = new BinaryReader(new MemoryStream(bytes, 0, payload.Length));
            if (reader.ReadString() != magic)
                throw InvalidInputException.ForFile(path, "wrong magic", expected);
            var content = read(reader);
            if (reader.BaseStream.Position != reader.BaseStream.Length)
                throw InvalidInputException.ForFile(path, "trailing bytes", expected);
            return content;
        }
        catch (Exception e) when (e is IOException or FormatException or OverflowException)
        {
            throw InvalidInputException.ForFile(path, $"corrupt or truncated ({e.Message})", expected);
        }
    }

    /// <summary>Writes equally long float arrays: their length, then each one's raw bytes.</summary>
    public static void WriteArrays(BinaryWriter writer, params float[][] arrays)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(arrays);
        writer.Write(arrays[0].Length);
        foreach (var values in arrays)
            writer.Write(System.Runtime.InteropServices.MemoryMarshal.AsBytes(values.AsSpan()));
    }

    /// <summary>Reads <paramref name="count"/> arrays written by <see cref="WriteArrays"/>.</summary>
    public static float[][] ReadArrays(BinaryReader reader, int count)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var length = ReadCount(reader, 4 * count);
        var arrays = new float[count][];
        for (var k = 0; k < count; k++)
        {
            arrays[k] = new float[length];
            var bytes = System.Runtime.InteropServices.MemoryMarshal.AsBytes(arrays[k].AsSpan());
            if (reader.Read(bytes) != bytes.Length)
                throw new EndOfStreamException("fewer values than the header states");
        }
        return arrays;
    }

    /// <summary>
    /// A count read from a cache, checked before anything is allocated for it: not negative, and its items of at
    /// least <paramref name="bytesEach"/> bytes fit in what is left of the stream.
    /// </summary>
    public static int ReadCount(BinaryReader reader, int bytesEach)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var count = reader.ReadInt32();
        var left = reader.BaseStream.Length - reader.BaseStream.Position;
        if (count < 0 || checked((long)count * bytesEach) > left)
            throw new FormatException($"a count of {count} items where {left} bytes are left");
        return count;
    }

    const int HashLength = 32;
}
