using System.Diagnostics;
using DNArch.Abstractions.Datasets;
using DNArch.Engine.Data;
using DNArch.Plugins.Datasets.Darcy;
using DNArch.Plugins.Datasets.Idx;
using DNArch.Plugins.Datasets.ListOps;
using DNArch.Plugins.Datasets.Waves;
using Xunit.Abstractions;

namespace DNArch.Tests.Datasets;

[Collection(TorchCollection.Name)]
public sealed class ZzMeasure(ITestOutputHelper output)
{
    [Fact]
    public void Measure()
    {
        var process = Process.GetCurrentProcess();
        GC.Collect(); process.Refresh();
        var before = process.WorkingSet64;
        var clock = Stopwatch.StartNew();
        var fashion = new FashionMnistDatasetPlugin().Open(DatasetFiles.Section(), 0);
        var load = clock.Elapsed;
        GC.Collect(); process.Refresh();
        output.WriteLine($"fashion load {load.TotalSeconds:F2}s, working set +{(process.WorkingSet64 - before) / 1e6:F0} MB, managed {GC.GetTotalMemory(true) / 1e6:F0} MB, counts {fashion.Count(DataSplit.Train)}/{fashion.Count(DataSplit.Validation)}/{fashion.Count(DataSplit.Test)}");
        clock.Restart();
        var n = 0;
        foreach (var b in new BatchLoader(fashion, DataSplit.Train, 128, 0, 0).Read()) { n++; b.Dispose(); }
        GC.Collect(); process.Refresh();
        output.WriteLine($"fashion epoch of {n} batches {clock.Elapsed.TotalSeconds:F2}s, working set +{(process.WorkingSet64 - before) / 1e6:F0} MB");
        clock.Restart();
        new WavesDatasetPlugin().Open(DatasetFiles.Section(), 0);
        output.WriteLine($"waves {clock.Elapsed.TotalSeconds:F3}s");
        using var cache = new DatasetFiles();
        clock.Restart();
        new ListOpsDatasetPlugin().Open(DatasetFiles.Section(("CacheDirectory", cache.Folder)), 0);
        output.WriteLine($"listops default generate {clock.Elapsed.TotalSeconds:F1}s, file {new DirectoryInfo(cache.Folder).GetFiles().Sum(f => f.Length) / 1e6:F0} MB");
        clock.Restart();
        new ListOpsDatasetPlugin().Open(DatasetFiles.Section(("CacheDirectory", cache.Folder)), 0);
        output.WriteLine($"listops cached {clock.Elapsed.TotalSeconds:F1}s");
        clock.Restart();
        new DarcyDatasetPlugin().Open(DatasetFiles.Section(("CacheDirectory", cache.Folder)), 0);
        output.WriteLine($"darcy default generate {clock.Elapsed.TotalSeconds:F1}s");
        clock.Restart();
        new DarcyDatasetPlugin().Open(DatasetFiles.Section(("CacheDirectory", cache.Folder)), 0);
        output.WriteLine($"darcy cached {clock.Elapsed.TotalSeconds:F1}s");
    }
}
