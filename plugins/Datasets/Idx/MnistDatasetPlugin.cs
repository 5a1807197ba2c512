using DNArch.Abstractions.Plugins;

namespace DNArch.Plugins.Datasets.Idx;

[Plugin(PluginKind.Dataset, "mnist", "MNIST digits from the four IDX files in Search:Dataset:Path (image, sMNIST or pMNIST layout)", Options = typeof(IdxOptions))]
public sealed class MnistDatasetPlugin() : IdxFolderPlugin("mnist");
