using DNArch.Plugins.Sdk.Datasets;
using System.Globalization;
using DNArch.Abstractions.Configuration;
using DNArch.Abstractions.Datasets;
using DNArch.Plugins.Datasets.Common;

namespace DNArch.Plugins.Datasets.Cosmic;

/// <summary>Images and hit masks, n×n each, row-major one after another: generated and cached, or read from deepCR's arrays.</summary>
public sealed record CosmicExamples(float[] Images, float[] Masks)
{
    const string Magic = "DNArch.Cosmic.v1";
    const string Paired = "deepCR's paired arrays: image.npy and mask.npy of the same shape (N, W, W)";

    /// <summary>Example i from its own seeded stream.</summary>
    public static CosmicExamples Generate(CosmicOptions options, int seed)
    {
        ArgumentNullException.ThrowIfNull(options);
        var n = options.Resolution;
        var generator = new CosmicGenerator(n, options.Stars, options.Hits);
        var images = new float[options.TotalCount * n * n];
        var masks = new float[images.Length];
        Parallel.For(0, options.TotalCount, i =>
        {
            var (image, mask) = generator.Next(Seeds.Random(seed, "cosmic", i));
            image.CopyTo(images, i * n * n);
            mask.CopyTo(masks, i * n * n);
        });
        return new CosmicExamples(images, masks);
    }

    public static string CacheName(CosmicOptions options, int seed)
    {
        ArgumentNullException.ThrowIfNull(options);
        return string.Create(CultureInfo.InvariantCulture,
            $"cosmic-seed{seed}-n{options.TrainCount}-{options.ValidationCount}-{options.TestCount}-r{options.Resolution}-stars{options.Stars}-hits{options.Hits}.bin");
    }

    /// <summary>The cached examples at <paramref name="path"/>, generated and cached first if absent.</summary>
    public static CosmicExamples Load(string path, CosmicOptions options, int seed) => CacheFiles.GetOrCreate(path, Magic, Read,
        () => Generate(options, seed), (examples, writer) => CacheFiles.WriteArrays(writer, examples.Images, examples.Masks));

    static CosmicExamples Read(BinaryReader reader)
    {
        var arrays = CacheFiles.ReadArrays(reader, 2);
        return new CosmicExamples(arrays[0], arrays[1]);
    }

    /// <summary><c>image.npy</c> and <c>mask.npy</c> of <paramref name="folder"/> and their side W.</summary>
    public static (CosmicExamples Examples, int Side) ReadPaired(string folder)
    {
        var imagePath = DataFiles.Resolve(folder, "image.npy", Paired);
        var image = NpyArray.Parse(DataFiles.ReadAll(imagePath, NpyArray.Expected), imagePath);
        var maskPath = DataFiles.Resolve(folder, "mask.npy", Paired);
        var mask = NpyArray.Parse(DataFiles.ReadAll(maskPath, NpyArray.Expected), maskPath);
        if (image.Shape.Length != 3 || image.Shape[1] != image.Shape[2] || !mask.Shape.SequenceEqual(image.Shape))
            throw InvalidInputException.ForFile(maskPath, $"shape ({string.Join(", ", mask.Shape)}) against image ({string.Join(", ", image.Shape)})", Paired);
        if (mask.Values.Any(v => v is not (0 or 1)))
            throw InvalidInputException.ForFile(maskPath, "holds values other than 0 and 1", Paired);
        return (new CosmicExamples(image.Values, mask.Values), image.Shape[1]);
    }
}
