using DNArch.Tests.Support;

namespace DNArch.Tests.Runs;

/// <summary>Search:Training:NormRecalibrationImages changes what validation sees, never what training does.</summary>
[Collection(TorchCollection.Name)]
public sealed class NormRecalibrationTests : IDisposable
{
    readonly TempDirectory temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public void Recalibrated_batch_norm_leaves_the_training_losses_and_changes_the_validation()
    {
        var plain = Epochs("plain", recalibrationImages: 0);
        // 80 of the 128 training images: two whole batches of 32 and part of the third.
        var recalibrated = Epochs("recalibrated", recalibrationImages: 80);

        recalibrated.Select(e => e.TrainLoss).Should().Equal(plain.Select(e => e.TrainLoss));
        recalibrated.Zip(plain, (r, p) => Math.Abs(r.ValLoss - p.ValLoss)).Should().OnlyContain(d => d > 1e-6);
    }

    [Fact]
    public void A_layer_norm_network_is_not_affected()
    {
        var plain = Epochs("plain", recalibrationImages: 0, norm: "Layer");
        var recalibrated = Epochs("recalibrated", recalibrationImages: 80, norm: "Layer");

        recalibrated.Should().Equal(plain);
    }

    List<(double TrainLoss, double ValLoss)> Epochs(string name, int recalibrationImages, string norm = "Batch")
    {
        var settings = EngineHost.TinySearch(temp.Path, name);
        settings["Search:Network:Norm"] = norm;
        settings["Search:Training:NormRecalibrationImages"] = recalibrationImages.ToString(System.Globalization.CultureInfo.InvariantCulture);
        using var host = new EngineHost();
        using var run = host.Runs.Search(EngineHost.Section(settings));
        run.Execute(CancellationToken.None);
        return run.Run.ReadMetrics().Select(e => (e.TrainLoss, e.ValLoss)).ToList();
    }
}
