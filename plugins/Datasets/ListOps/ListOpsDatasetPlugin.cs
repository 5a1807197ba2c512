using DNArch.Abstractions.Configuration;
using DNArch.Abstractions.Datasets;
using DNArch.Abstractions.Plugins;
using DNArch.Plugins.Datasets.Common;
using Microsoft.Extensions.Configuration;

namespace DNArch.Plugins.Datasets.ListOps;

/// <summary>
/// LRA ListOps: nested MIN/MAX/MED/SM expressions over digits, 10 classes, token ids (see
/// <see cref="ListOpsVocabulary"/>) as a 1-channel sequence padded to MaxLength. Generated once per seed and options,
/// then read from the cache.
/// </summary>
[Plugin(PluginKind.Dataset, "listops", "LRA ListOps: nested MIN/MAX/MED/SM expressions, generated from the seed and cached", Options = typeof(ListOpsOptions))]
public sealed class ListOpsDatasetPlugin : IDatasetPlugin
{
    public IDataset Open(IConfiguration options, int seed)
    {
        var bound = PluginOptions.Bind<ListOpsOptions>(options);
        var dataSeed = bound.SeedOr(seed);
        var path = Path.Combine(bound.ResolveCacheDirectory(), ListOpsExamples.CacheName(bound, dataSeed));
        var examples = ListOpsExamples.Load(path, bound, dataSeed);
        if (examples.Labels.Length != bound.TotalCount)
            throw InvalidInputException.ForFile(path, $"holds {examples.Labels.Length} examples", "the counts its name states (delete it to regenerate)");
        var info = new DatasetInfo("listops", TaskKind.Classification, 1, [bound.MaxLength], 10, Causal: bound.Causal);
        var splits = DatasetSplits.Consecutive(bound.TrainCount, bound.ValidationCount, bound.TestCount, bound.Limit);
        return new SplitDataset(info, new ByteTable(examples.Tokens, 1, bound.MaxLength), new ClassTargets(examples.Labels), splits);
    }
}
