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
        var settings = EngineHost.TinyDarcySearch(temp.Path, temp.Sub("cache"));
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

    [Fact]
    public void Random_flips_change_the_training_batches_and_never_the_evaluation()
    {
        double[] TrainLosses(bool flip, out double[] validation)
        {
            var settings = EngineHost.TinyDarcySearch(temp.Sub(flip ? "flipped" : "plain"), temp.Sub("cache"));
            settings["Search:Training:RandomFlip"] = flip ? "true" : "false";
            settings["Search:Training:Epochs"] = "1";
            settings["Search:Training:LearningRate"] = "1e-8";
            settings["Search:Training:ArchitectureLearningRate"] = "1e-8";
            // BatchNorm's running statistics would learn from the (flipped) batches even when the weights do not.
            settings["Search:Network:Norm"] = "Layer";
            using var host = new EngineHost();
            using var run = host.Runs.Search(EngineHost.Section(settings));
            run.Execute(CancellationToken.None);
            var metrics = run.Run.ReadMetrics();
            validation = metrics.Select(m => m.ValLoss).ToArray();
            return metrics.Select(m => m.TrainLoss).ToArray();
        }

        var plain = TrainLosses(flip: false, out var plainValidation);
        var flipped = TrainLosses(flip: true, out var flippedValidation);

        flipped[0].Should().NotBeApproximately(plain[0], 1e-6, "half the training maps and their targets are mirrored");
        flippedValidation[0].Should().BeApproximately(plainValidation[0], 1e-6,
            "with learning rates too small to move the weights, validation sees the same images and network");
    }
}
