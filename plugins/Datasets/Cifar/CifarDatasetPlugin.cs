using DNArch.Abstractions.Configuration;
using DNArch.Abstractions.Datasets;
using DNArch.Abstractions.Plugins;
using DNArch.Plugins.Datasets.Common;
using Microsoft.Extensions.Configuration;

namespace DNArch.Plugins.Datasets.Cifar;

[Plugin(PluginKind.Dataset, "cifar", "CIFAR-10/100 binary version, as 32x32 images or sequences of 1024 (sCIFAR)")]
public sealed class CifarDatasetPlugin : IDatasetPlugin
{
    const string Layouts = "data_batch_1..5.bin and test_batch.bin (CIFAR-10 binary) or train.bin and test.bin (CIFAR-100 binary)";

    public IDataset Open(IConfiguration options, int seed)
    {
        var bound = PluginOptions.Bind<CifarOptions>(options);
        var folder = DataFiles.RequireFolder(bound.Path, DataFiles.KeyOf(options, "Path"), Layouts);
        var format = File.Exists(Path.Combine(folder, CifarFormat.Cifar10.TrainFiles[0])) ? CifarFormat.Cifar10
            : File.Exists(Path.Combine(folder, "train.bin")) ? CifarFormat.Cifar100(bound.Labels)
            : throw InvalidInputException.ForFile(folder, "holds no CIFAR training file", Layouts);
        var files = format.TrainFiles.Append(format.TestFile).Select(name => CifarRecords.Read(folder, name, format)).ToList();
        var trainRows = files[..^1].Sum(f => f.Labels.Length);
        var pixels = new ByteTable(files.SelectMany(f => f.Pixels).ToList(), 3, CifarFormat.Side * CifarFormat.Side);
        var labels = files.SelectMany(f => f.Labels).ToArray();
        return ImageDatasets.Create(format.Name, pixels, CifarFormat.Side, CifarFormat.Side, labels, format.Classes, trainRows, bound, seed);
    }
}
