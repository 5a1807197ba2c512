using DNArch.Abstractions.Configuration;
using DNArch.Abstractions.Datasets;
using DNArch.Abstractions.Plugins;
using DNArch.Plugins.Datasets.Common;
using Microsoft.Extensions.Configuration;

namespace DNArch.Plugins.Datasets.Darcy;

/// <summary>
/// Darcy flow (NAS-Bench-360, from FNO): input the permeability a (standardised with training statistics), target the
/// pressure u as solved (not normalised; the task metric, relative L2 error, does not depend on its scale).
/// </summary>
[Plugin(PluginKind.Dataset, "darcy", "Darcy flow: piecewise-constant permeability to pressure, -div(a grad u) = 1, generated and cached", Options = typeof(DarcyOptions))]
public sealed class DarcyDatasetPlugin : IDatasetPlugin
{
    public IDataset Open(IConfiguration options, int seed)
    {
        var bound = PluginOptions.Bind<DarcyOptions>(options);
        var dataSeed = bound.SeedOr(seed);
        var path = Path.Combine(bound.ResolveCacheDirectory(), DarcyExamples.CacheName(bound, dataSeed));
        var examples = DarcyExamples.Load(path, bound, dataSeed);
        var n = bound.Resolution;
        var count = bound.TotalCount;
        if (examples.Permeability.Length != count * n * n)
            throw InvalidInputException.ForFile(path, $"holds {examples.Permeability.Length} values", $"{count} fields of {n}x{n} as its name states (delete it to regenerate)");
        var shape = new[] { n, n };
        var info = new DatasetInfo("darcy", TaskKind.DensePrediction, 1, shape, 1);
        var splits = DatasetSplits.Consecutive(bound.TrainCount, bound.ValidationCount, bound.TestCount, bound.Limit);
        var targets = new DenseTargets(new FloatTable(examples.Pressure, 1, n * n), shape);
        return new SplitDataset(info, new FloatTable(examples.Permeability, 1, n * n), targets, splits);
    }
}
