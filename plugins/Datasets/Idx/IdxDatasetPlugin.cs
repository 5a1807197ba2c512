using DNArch.Abstractions.Plugins;

namespace DNArch.Plugins.Datasets.Idx;

[Plugin(PluginKind.Dataset, "idx", "IDX image/label files (MNIST format, plain or .gz) as images, sequences or permuted sequences", Options = typeof(IdxOptions))]
public sealed class IdxDatasetPlugin() : IdxFolderPlugin("idx");
