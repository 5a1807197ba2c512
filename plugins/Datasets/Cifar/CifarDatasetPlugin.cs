using DNArch.Abstractions.Configuration;
using DNArch.Abstractions.Datasets;
using DNArch.Abstractions.Plugins;
using DNArch.Plugins.Datasets.Common;
using Microsoft.Extensions.Configuration;

namespace DNArch.Plugins.Datasets.Cifar;

[Plugin(PluginKind.Dataset, "cifar", "CIFAR-10/100 binary version, as 32x32 images or sequences of 1024 (sCIFAR; grayscale: LRA Image)", Options = typeof(CifarOptions))]
public sealed class CifarDatasetPlugin : IDatasetPlugin
{
    const string Layouts = "data_batch_1..5.bin and test_batch.bin (CIFAR-10 binary) or train.bin and test.bin (CIFAR-100 binary)";

    // LRA Image's normalisation of grayscale pixels (S4's LRA pipeline: mean 122.6 / 255, deviation 61.0 / 255).
    static readonly ChannelNormaliser LraNormaliser = ChannelNormaliser.Fixed([122.6f], [61.0f]);

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
        var image = bound.Grayscale
            ? new ImageTable($"{format.Name}-gray", new GrayscaleTable(pixels), CifarFormat.Side, CifarFormat.Side, LraNormaliser)
            : new ImageTable(format.Name, pixels, CifarFormat.Side, CifarFormat.Side);
        return ImageDatasets.Create(image, labels, format.Classes, trainRows, bound, seed, causal: !bound.Grayscale);
    }
}
