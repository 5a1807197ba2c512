using DNArch.Abstractions.Configuration;
using DNArch.Abstractions.Datasets;
using DNArch.Plugins.Datasets.Common;
using Microsoft.Extensions.Configuration;

namespace DNArch.Plugins.Datasets.Idx;

/// <summary>What <c>idx</c>, <c>mnist</c> and <c>fashion-mnist</c> share: a folder of four IDX files and <see cref="IdxOptions"/>.</summary>
public abstract class IdxFolderPlugin(string name) : IDatasetPlugin
{
    public IDataset Open(IConfiguration options, int seed)
    {
        var bound = PluginOptions.Bind<IdxOptions>(options);
        var key = DataFiles.KeyOf(options, "Path");
        var folder = DataFiles.RequireFolder(bound.Path ?? DefaultFolder(key, bound), key, bound.FileList);
        return IdxDatasets.Load(name, folder, bound, seed);
    }

    /// <summary>The folder used when <c>Path</c> is unset; null where it must be set.</summary>
    protected virtual string? DefaultFolder(string key, IdxOptions options) => null;
}
