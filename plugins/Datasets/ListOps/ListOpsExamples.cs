using DNArch.Plugins.Datasets.Common;

namespace DNArch.Plugins.Datasets.ListOps;

/// <summary>Generated ListOps expressions (train, then validation, then test), and their on-disk cache.</summary>
public sealed record ListOpsExamples(IReadOnlyList<ReadOnlyMemory<byte>> Tokens, int[] Labels)
{
    const string Magic = "DNArch.ListOps.v1";

    /// <summary>
    /// <paramref name="count"/> distinct expressions; example i is drawn from its own seeded stream, so generation runs
    /// in parallel and gives the same result on every machine.
    /// </summary>
    public static ListOpsExamples Generate(ListOpsOptions options, int count, int seed)
    {
        ArgumentNullException.ThrowIfNull(options);
        var generator = new ListOpsGenerator(options.MinLength, options.MaxLength, options.MaxDepth, options.MaxArgs);
        var examples = new (byte[] Tokens, int Label)[count];
        Parallel.For(0, count, i => examples[i] = generator.Next(Seeds.Random(seed, "listops", i)));
        // LRA keeps a set of trees: a repeat is redrawn from a further stream of its index.
        var seen = new HashSet<string>();
        for (var i = 0; i < count; i++)
        {
            for (var attempt = 1; !seen.Add(Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(examples[i].Tokens))); attempt++)
                examples[i] = generator.Next(Seeds.Random(seed, $"listops/{attempt}", i));
        }
        return new ListOpsExamples(examples.Select(e => new ReadOnlyMemory<byte>(e.Tokens)).ToList(), examples.Select(e => e.Label).ToArray());
    }

    public static string CacheName(ListOpsOptions options, int seed)
    {
        ArgumentNullException.ThrowIfNull(options);
        return $"listops-seed{seed}-n{options.TrainCount}-{options.ValidationCount}-{options.TestCount}" +
               $"-len{options.MinLength}-{options.MaxLength}-depth{options.MaxDepth}-args{options.MaxArgs}.bin";
    }

    /// <summary>The cached examples at <paramref name="path"/>, generated and cached first if absent.</summary>
    public static ListOpsExamples Load(string path, ListOpsOptions options, int seed)
    {
        ArgumentNullException.ThrowIfNull(options);
        return CacheFiles.GetOrCreate(path, Magic, Read,
            () => Generate(options, options.TotalCount, seed), (examples, writer) => examples.Write(writer));
    }

    void Write(BinaryWriter writer)
    {
        writer.Write(Labels.Length);
        for (var i = 0; i < Labels.Length; i++)
        {
            writer.Write((byte)Labels[i]);
            writer.Write((ushort)Tokens[i].Length);
            writer.Write(Tokens[i].Span);
        }
    }

    static ListOpsExamples Read(BinaryReader reader)
    {
        var count = CacheFiles.ReadCount(reader, bytesEach: 3);
        var labels = new int[count];
        var tokens = new ReadOnlyMemory<byte>[count];
        for (var i = 0; i < count; i++)
        {
            labels[i] = reader.ReadByte();
            var length = reader.ReadUInt16();
            tokens[i] = reader.ReadBytes(length);
            if (tokens[i].Length != length || labels[i] > 9)
                throw new FormatException($"example {i} is truncated or has label {labels[i]}");
        }
        return new ListOpsExamples(tokens, labels);
    }
}
