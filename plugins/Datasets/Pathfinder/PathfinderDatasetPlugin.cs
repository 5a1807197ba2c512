using DNArch.Abstractions.Configuration;
using DNArch.Abstractions.Datasets;
using DNArch.Abstractions.Plugins;
using DNArch.Plugins.Datasets.Common;
using Microsoft.Extensions.Configuration;

namespace DNArch.Plugins.Datasets.Pathfinder;

/// <summary>
/// LRA Pathfinder and Path-X (<see cref="PathfinderGenerator"/>): are the two markers joined by a path? Two classes,
/// 1-channel images or non-causal sequences of their pixels. Generated once per seed and options, then read from the cache.
/// </summary>
[Plugin(PluginKind.Dataset, "pathfinder", "LRA Pathfinder / Path-X: are two markers joined by a dashed path? Generated and cached", Options = typeof(PathfinderOptions))]
public sealed class PathfinderDatasetPlugin : IDatasetPlugin
{
    public IDataset Open(IConfiguration options, int seed)
    {
        var bound = PluginOptions.Bind<PathfinderOptions>(options);
        var dataSeed = bound.SeedOr(seed);
        var path = Path.Combine(bound.ResolveCacheDirectory(), PathfinderExamples.CacheName(bound, dataSeed));
        var examples = PathfinderExamples.Load(path, bound, dataSeed);
        if (examples.Labels.Length != bound.TotalCount)
            throw InvalidInputException.ForFile(path, $"holds {examples.Labels.Length} examples", "the counts its name states (delete it to regenerate)");
        var side = bound.Resolution;
        var image = new ImageTable(side == 128 ? "pathx" : $"pathfinder{side}", new ByteTable(examples.Pixels, 1, side * side), side, side);
        var splits = DatasetSplits.Consecutive(bound.TrainCount, bound.ValidationCount, bound.TestCount, bound.Limit);
        return ImageDatasets.Create(image, new ClassTargets(examples.Labels), 2, splits, bound.Layout, bound.PermutationSeed ?? seed, causal: false);
    }
}
