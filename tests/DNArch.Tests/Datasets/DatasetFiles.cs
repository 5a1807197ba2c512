using System.Buffers.Binary;
using System.IO.Compression;
using Microsoft.Extensions.Configuration;

namespace DNArch.Tests.Datasets;

/// <summary>A temporary folder for tiny data files written by a test, and the configuration that points at it.</summary>
public sealed class DatasetFiles : IDisposable
{
    public string Folder { get; } = Directory.CreateTempSubdirectory("dnarch-data-").FullName;

    public string PathOf(string name) => Path.Combine(Folder, name);

    public void Dispose() => Directory.Delete(Folder, recursive: true);

    public static IConfiguration Section(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder()
            .AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>($"Search:Dataset:{v.Key}", v.Value)))
            .Build()
            .GetSection("Search:Dataset");

    public string Write(string name, byte[] content, bool gzip = false)
    {
        var path = PathOf(name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        if (gzip)
        {
            using var file = File.Create(path);
            using var stream = new GZipStream(file, CompressionLevel.Fastest);
            stream.Write(content);
        }
        else
        {
            File.WriteAllBytes(path, content);
        }
        return path;
    }

    /// <summary>An IDX file of unsigned bytes: magic 00 00 08 rank, sizes, values.</summary>
    public static byte[] Idx(int[] dimensions, byte[] values)
    {
        var header = new byte[4 + 4 * dimensions.Length];
        header[2] = 0x08;
        header[3] = (byte)dimensions.Length;
        for (var d = 0; d < dimensions.Length; d++)
            BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4 + 4 * d), dimensions[d]);
        return [.. header, .. values];
    }

    /// <summary>Writes train (count) and t10k (testCount) IDX files of 4×4 images whose pixels encode the example.</summary>
    public void WriteMnist(int count, int testCount, bool gzip = false, int classes = 10)
    {
        foreach (var (prefix, n, offset) in new[] { ("train", count, 0), ("t10k", testCount, 100) })
        {
            var pixels = Enumerable.Range(0, n * 16).Select(i => (byte)((offset + i / 16) * 2 + i % 16)).ToArray();
            var labels = Enumerable.Range(0, n).Select(i => (byte)((offset + i) % classes)).ToArray();
            var suffix = gzip ? ".gz" : "";
            Write($"{prefix}-images-idx3-ubyte{suffix}", Idx([n, 4, 4], pixels), gzip);
            Write($"{prefix}-labels-idx1-ubyte{suffix}", Idx([n], labels), gzip);
        }
    }
}
