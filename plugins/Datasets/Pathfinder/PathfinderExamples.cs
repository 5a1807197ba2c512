using DNArch.Plugins.Datasets.Common;

namespace DNArch.Plugins.Datasets.Pathfinder;

/// <summary>Generated Pathfinder images (train, then validation, then test), and their on-disk cache.</summary>
public sealed record PathfinderExamples(IReadOnlyList<ReadOnlyMemory<byte>> Pixels, int[] Labels)
{
    const string Magic = "DNArch.Pathfinder.v1";

    /// <summary>Example i from its own seeded stream, joined (label 1) when i is even: every split is balanced.</summary>
    public static PathfinderExamples Generate(PathfinderOptions options, int count, int seed)
    {
        ArgumentNullException.ThrowIfNull(options);
        var generator = new PathfinderGenerator(options.Resolution, options.Difficulty);
        var pixels = new ReadOnlyMemory<byte>[count];
        var labels = new int[count];
        Parallel.For(0, count, i =>
        {
            var image = generator.Next(Seeds.Random(seed, "pathfinder", i), joined: i % 2 == 0);
            pixels[i] = image.Pixels;
            labels[i] = image.Joined ? 1 : 0;
        });
        return new PathfinderExamples(pixels, labels);
    }

    public static string CacheName(PathfinderOptions options, int seed)
    {
        ArgumentNullException.ThrowIfNull(options);
        return $"pathfinder-seed{seed}-n{options.TrainCount}-{options.ValidationCount}-{options.TestCount}-r{options.Resolution}-{options.Difficulty}.bin";
    }

    /// <summary>The cached examples at <paramref name="path"/>, generated and cached first if absent.</summary>
    public static PathfinderExamples Load(string path, PathfinderOptions options, int seed)
    {
        ArgumentNullException.ThrowIfNull(options);
        return CacheFiles.GetOrCreate(path, Magic, reader => Read(reader, options.Resolution * options.Resolution),
            () => Generate(options, options.TotalCount, seed), (examples, writer) => examples.Write(writer));
    }

    void Write(BinaryWriter writer)
    {
        writer.Write(Labels.Length);
        for (var i = 0; i < Labels.Length; i++)
        {
            writer.Write((byte)Labels[i]);
            writer.Write(Pixels[i].Span);
        }
    }

    static PathfinderExamples Read(BinaryReader reader, int length)
    {
        var count = reader.ReadInt32();
        var labels = new int[count];
        var pixels = new ReadOnlyMemory<byte>[count];
        for (var i = 0; i < count; i++)
        {
            labels[i] = reader.ReadByte();
            pixels[i] = reader.ReadBytes(length);
            if (pixels[i].Length != length || labels[i] > 1)
                throw new FormatException($"example {i} is truncated or has label {labels[i]}");
        }
        return new PathfinderExamples(pixels, labels);
    }
}
