using DNArch.Tests.Datasets;
using DNArch.Tests.Support;

namespace DNArch.Tests.Export;

/// <summary>
/// Tiny finished searches to load, evaluate and export: waves sequences, and 28×28 single-channel images of ten
/// classes in Fashion-MNIST's files (a bright bar whose row is the class, under noise). One epoch each, so the best
/// epoch's weights are the final ones that the run's test figure measured.
/// </summary>
static class FoundRuns
{
    public static string Waves(EngineHost host, string output)
    {
        var settings = EngineHost.TinySearch(output, "waves");
        settings["Search:Training:Epochs"] = "1";
        return Search(host, settings);
    }

    public static string Images(EngineHost host, string output, DatasetFiles files)
    {
        WriteImages(files, "train", 96, seed: 1);
        WriteImages(files, "t10k", 60, seed: 2);
        var settings = EngineHost.WithoutDataset(EngineHost.TinySearch(output, "images"));
        settings["Search:Dataset:Type"] = "fashion-mnist";
        settings["Search:Dataset:Path"] = files.Folder;
        settings["Search:Training:Epochs"] = "1";
        settings["Search:Network:KernelGrid"] = "5";
        return Search(host, settings);
    }

    static string Search(EngineHost host, Dictionary<string, string?> settings)
    {
        using var run = host.Runs.Search(EngineHost.Section(settings));
        run.Execute(CancellationToken.None);
        return run.Run.Path;
    }

    static void WriteImages(DatasetFiles files, string prefix, int count, int seed)
    {
        var random = new Random(seed);
        var pixels = new byte[count * 28 * 28];
        var labels = new byte[count];
        for (var i = 0; i < count; i++)
        {
            labels[i] = (byte)(i % 10);
            for (var p = 0; p < 28 * 28; p++)
            {
                var onBar = p / 28 / 2 - 3 == labels[i];
                pixels[i * 28 * 28 + p] = (byte)Math.Clamp((onBar ? 180 : 40) + random.Next(-40, 40), 0, 255);
            }
        }
        files.Write($"{prefix}-images-idx3-ubyte", DatasetFiles.Idx([count, 28, 28], pixels));
        files.Write($"{prefix}-labels-idx1-ubyte", DatasetFiles.Idx([count], labels));
    }
}
