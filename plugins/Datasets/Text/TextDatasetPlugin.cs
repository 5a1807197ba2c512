using DNArch.Abstractions.Configuration;
using DNArch.Abstractions.Datasets;
using DNArch.Abstractions.Plugins;
using DNArch.Plugins.Datasets.Common;
using Microsoft.Extensions.Configuration;

namespace DNArch.Plugins.Datasets.Text;

/// <summary>
/// Byte-level sentiment classification (LRA Text): each review's UTF-8 bytes (values 0..255) are one channel of a
/// sequence of <see cref="TextOptions.Length"/>; neg = 0, pos = 1. Validation is carved from train/, test is test/.
/// </summary>
[Plugin(PluginKind.Dataset, "text", "Byte-level text classification (LRA Text) from an aclImdb folder: train|test/pos|neg/*.txt", Options = typeof(TextOptions))]
public sealed class TextDatasetPlugin : IDatasetPlugin
{
    const string Layout = "an aclImdb folder: train/pos, train/neg, test/pos, test/neg holding *.txt reviews";

    public IDataset Open(IConfiguration options, int seed)
    {
        var bound = PluginOptions.Bind<TextOptions>(options);
        var folder = DataFiles.RequireFolder(bound.Path, DataFiles.KeyOf(options, "Path"), Layout);
        var train = Read(folder, "train", bound.Length);
        var test = Read(folder, "test", bound.Length);
        var rows = train.Select(e => e.Bytes).Concat(test.Select(e => e.Bytes)).ToList();
        var labels = train.Concat(test).Select(e => e.Label).ToArray();
        var splits = DatasetSplits.Carve(train.Count, test.Count, bound.ValidationFraction, bound.Limit, seed);
        var info = new DatasetInfo("text", TaskKind.Classification, 1, [bound.Length], 2, Causal: bound.Causal);
        return new SplitDataset(info, new ByteTable(rows, 1, bound.Length), new ClassTargets(labels), splits);
    }

    sealed record Review(ReadOnlyMemory<byte> Bytes, int Label);

    static List<Review> Read(string folder, string part, int length) =>
        new[] { ("neg", 0), ("pos", 1) }
            .SelectMany(c => Files(Path.Combine(folder, part, c.Item1)).Select(f => new Review(Head(f, length), c.Item2)))
            .ToList();

    static IEnumerable<string> Files(string folder)
    {
        if (!Directory.Exists(folder))
            throw InvalidInputException.ForFile(folder, "folder not found", Layout);
        var files = Directory.GetFiles(folder, "*.txt").Order(StringComparer.Ordinal).ToList();
        if (files.Count == 0)
            throw InvalidInputException.ForFile(folder, "holds no *.txt file", Layout);
        return files;
    }

    /// <summary>The first <paramref name="length"/> bytes of the file: only those are kept in memory.</summary>
    static byte[] Head(string path, int length)
    {
        try
        {
            using var stream = File.OpenRead(path);
            var head = new byte[Math.Min(length, stream.Length)];
            stream.ReadExactly(head);
            return head;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw InvalidInputException.ForFile(path, $"cannot be read ({e.Message})", "a UTF-8 text review");
        }
    }
}
