using DNArch.Abstractions.Configuration;
using DNArch.Abstractions.Datasets;
using DNArch.Abstractions.Plugins;
using DNArch.Plugins.Datasets.Common;
using Microsoft.Extensions.Configuration;

namespace DNArch.Plugins.Datasets.Cosmic;

/// <summary>
/// Cosmic-ray segmentation (NAS-Bench-360's cosmic task): input a sky image (standardised with training statistics),
/// target its per-pixel hit mask, a binary segmentation: the engine trains it by per-pixel binary cross-entropy and
/// reports the task's figure, the false-negative rate at fixed false-positive rates, on the test split.
/// </summary>
[Plugin(PluginKind.Dataset, "cosmic", "Cosmic-ray hit masks on sky images with stars: generated and cached, or deepCR's image.npy/mask.npy", Options = typeof(CosmicOptions))]
public sealed class CosmicDatasetPlugin : IDatasetPlugin
{
    public IDataset Open(IConfiguration options, int seed)
    {
        var bound = PluginOptions.Bind<CosmicOptions>(options);
        var (examples, side, splits) = bound.Path is null ? Generated(bound, seed) : Read(bound, options, seed);
        var shape = new[] { side, side };
        var info = new DatasetInfo("cosmic", TaskKind.BinarySegmentation, 1, shape, 1);
        var targets = new DenseTargets(new FloatTable(examples.Masks, 1, side * side), shape);
        return new SplitDataset(info, new FloatTable(examples.Images, 1, side * side), targets, splits);
    }

    static (CosmicExamples, int, DatasetSplits) Generated(CosmicOptions options, int seed)
    {
        var dataSeed = options.SeedOr(seed);
        var path = Path.Combine(options.ResolveCacheDirectory(), CosmicExamples.CacheName(options, dataSeed));
        var examples = CosmicExamples.Load(path, options, dataSeed);
        var n = options.Resolution;
        if (examples.Images.Length != options.TotalCount * n * n)
            throw InvalidInputException.ForFile(path, $"holds {examples.Images.Length} values", $"{options.TotalCount} images of {n}x{n} as its name states (delete it to regenerate)");
        return (examples, n, DatasetSplits.Consecutive(options.TrainCount, options.ValidationCount, options.TestCount, options.Limit));
    }

    static (CosmicExamples, int, DatasetSplits) Read(CosmicOptions options, IConfiguration section, int seed)
    {
        var folder = DataFiles.RequireFolder(options.Path, DataFiles.KeyOf(section, "Path"), "image.npy and mask.npy");
        var (examples, side) = CosmicExamples.ReadPaired(folder);
        var count = examples.Images.Length / (side * side);
        var testCount = (int)Math.Round(count * options.TestFraction);
        // Carve holds out the last rows as test; a seeded order first makes them a random sample.
        var order = Seeds.Permutation(count, Seeds.Random(seed, "cosmic-test"));
        var shuffled = new CosmicExamples(Reorder(examples.Images, order, side * side), Reorder(examples.Masks, order, side * side));
        var pool = count - testCount;
        return (shuffled, side, DatasetSplits.Carve(pool, testCount, options.ValidationFraction * count / Math.Max(1, pool), options.Limit, seed));
    }

    static float[] Reorder(float[] values, int[] order, int rowLength)
    {
        var result = new float[values.Length];
        for (var i = 0; i < order.Length; i++)
            Array.Copy(values, (long)order[i] * rowLength, result, (long)i * rowLength, rowLength);
        return result;
    }
}
