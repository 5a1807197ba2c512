using DNArch.Abstractions.Configuration;

namespace DNArch.Plugins.Datasets.Common;

/// <summary>Generated data kept on disk: written atomically, read back with errors that name the file.</summary>
public static class CacheFiles
{
    /// <summary>Writes a temporary file beside <paramref name="path"/>, flushes it to disk, then renames it into place.</summary>
    public static void WriteAtomically(string path, Action<BinaryWriter> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var temporary = $"{path}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp";
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write))
            using (var writer = new BinaryWriter(stream))
            {
                write(writer);
                writer.Flush();
                stream.Flush(flushToDisk: true);
            }
            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    /// <summary>
    /// The content cached at <paramref name="path"/>; when there is none, <paramref name="generate"/>s it and caches
    /// it (the magic string, then what <paramref name="write"/> writes) before returning it.
    /// </summary>
    public static T GetOrCreate<T>(string path, string magic, Func<BinaryReader, T> read, Func<T> generate, Action<T, BinaryWriter> write)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(generate);
        ArgumentNullException.ThrowIfNull(write);
        if (Read(path, magic, read) is { } cached)
            return cached;
        var made = generate();
        WriteAtomically(path, writer =>
        {
            writer.Write(magic);
            write(made, writer);
        });
        return made;
    }

    /// <summary>The content of <paramref name="path"/> read by <paramref name="read"/>, or default when there is no such file.</summary>
    public static T? Read<T>(string path, string magic, Func<BinaryReader, T> read) where T : class
    {
        ArgumentNullException.ThrowIfNull(read);
        if (!File.Exists(path))
            return null;
        var expected = $"a DNArch cache file starting with '{magic}' (delete it to regenerate)";
        try
        {
            using var reader = new BinaryReader(File.OpenRead(path));
            if (reader.ReadString() != magic)
                throw InvalidInputException.ForFile(path, "wrong magic", expected);
            var content = read(reader);
            if (reader.BaseStream.Position != reader.BaseStream.Length)
                throw InvalidInputException.ForFile(path, "trailing bytes", expected);
            return content;
        }
        catch (Exception e) when (e is IOException or FormatException)
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
        var length = reader.ReadInt32();
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
}
