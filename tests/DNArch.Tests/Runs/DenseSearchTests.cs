using DNArch.Tests.Support;

namespace DNArch.Tests.Runs;

[Collection(TorchCollection.Name)]
public sealed class DenseSearchTests : IDisposable
{
    readonly TempDirectory temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public void A_dense_prediction_search_on_darcy_reports_relative_errors_that_fall()
    {
        var settings = EngineHost.TinySearch(temp.Path, "darcy");
        foreach (var key in settings.Keys.Where(k => k.StartsWith("Search:Dataset:", StringComparison.Ordinal)).ToList())
            settings.Remove(key);
        settings["Search:Dataset:Type"] = "darcy";
        settings["Search:Dataset:Resolution"] = "13";
        settings["Search:Dataset:TrainCount"] = "64";
        settings["Search:Dataset:ValidationCount"] = "16";
        settings["Search:Dataset:TestCount"] = "16";
        settings["Search:Dataset:CacheDirectory"] = temp.Sub("cache");
        settings["Search:Network:KernelGrid"] = "7";
        settings["Search:Training:Epochs"] = "3";
        settings["Search:Training:BatchSize"] = "16";
        using var host = new EngineHost();
        using var run = host.Runs.Search(EngineHost.Section(settings));

        var record = run.Execute(CancellationToken.None);

        record.Io.InputSize.Should().Equal(13, 13);
        record.Metrics.Should().ContainKeys("valError", "testError");
        var errors = run.Run.ReadMetrics().Select(m => m.ValError!.Value).ToList();
        errors.Last().Should().BeLessThan(errors.First());
    }
}
