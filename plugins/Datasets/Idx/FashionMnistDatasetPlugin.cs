using DNArch.Abstractions.Configuration;
using DNArch.Abstractions.Plugins;

namespace DNArch.Plugins.Datasets.Idx;

[Plugin(PluginKind.Dataset, "fashion-mnist", "Fashion-MNIST (IDX files; by default Debian's dataset-fashion-mnist package) as images or sequences", Options = typeof(IdxOptions))]
public sealed class FashionMnistDatasetPlugin() : IdxFolderPlugin("fashion-mnist")
{
    /// <summary>Where Debian's <c>dataset-fashion-mnist</c> package installs the four .gz files.</summary>
    public const string DebianFolder = "/usr/share/datasets/fashion-mnist";

    protected override string DefaultFolder(string key, IdxOptions options) => Directory.Exists(DebianFolder)
        ? DebianFolder
        : throw InvalidInputException.ForKey(key, $"Fashion-MNIST is not installed at {DebianFolder}",
            $"Install it with `apt-get install dataset-fashion-mnist`, or set {key} to a folder holding {options.FileList}");
}
