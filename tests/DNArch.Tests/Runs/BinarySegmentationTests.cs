using DNArch.Abstractions.Datasets;
using DNArch.Engine;
using DNArch.Engine.Models;
using DNArch.Engine.Search;
using DNArch.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using static TorchSharp.torch;

namespace DNArch.Tests.Runs;

[Collection(TorchCollection.Name)]
public sealed class BinarySegmentationTests : IDisposable
{
    readonly TempDirectory temp = new();

    public void Dispose() => temp.Dispose();

    static readonly float[] Logits = [2.0f, -1.0f, 0.5f, -3.0f, 0.0f, 4.0f];
    static readonly float[] Mask = [1, 0, 0, 0, 1, 1];

    [Fact]
    public void The_loss_is_the_mean_binary_cross_entropy_of_the_logits()
    {
        using var scope = NewDisposeScope();
        var objective = new TaskObjective(TaskKind.BinarySegmentation);
        var (x, y) = (tensor(Logits).reshape(1, 1, 2, 3), tensor(Mask).reshape(1, 1, 2, 3));

        // −[y log σ(x) + (1 − y) log(1 − σ(x))], by hand in double.
        var expected = Logits.Zip(Mask, (l, m) => -(m * Math.Log(Sigmoid(l)) + (1 - m) * Math.Log(1 - Sigmoid(l)))).Average();
        objective.Loss(x, y).item<float>().Should().BeApproximately((float)expected, 1e-5f);
        objective.TrainingLoss(x, y).item<float>().Should().BeApproximately((float)expected, 1e-5f);
    }

    [Fact]
    public void The_figure_is_the_relative_error_of_the_probabilities_and_a_perfect_mask_scores_near_zero()
    {
        using var scope = NewDisposeScope();
        var objective = new TaskObjective(TaskKind.BinarySegmentation);
        var y = tensor(Mask).reshape(1, 1, 2, 3);

        var probabilities = Logits.Select(l => Sigmoid(l)).ToArray();
        var expected = Math.Sqrt(probabilities.Zip(Mask, (p, m) => (p - m) * (p - m)).Sum()) / Math.Sqrt(Mask.Sum());
        objective.FigureSum(tensor(Logits).reshape(1, 1, 2, 3), y).Should().BeApproximately(expected, 1e-5);
        objective.FigureSum((y * 40 - 20).to(float32), y).Should().BeLessThan(1e-6);
        objective.FigureName("test").Should().Be("testError");
    }

    [Fact]
    public void The_false_negative_rate_is_taken_at_the_threshold_of_the_false_positive_rate()
    {
        float[] mask = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1];
        float[] scores = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 8.5f, 5.5f, 9.5f];
        var detection = new DetectionScores();
        // In two batches, as a split's evaluation adds them.
        detection.Add(scores.AsSpan(0, 7), mask.AsSpan(0, 7));
        detection.Add(tensor(scores[7..]), tensor(mask[7..]));

        // 10% of 10 clean pixels may be flagged: the threshold is 8 (only 9 is above it); 5.5 is missed.
        detection.FalseNegativeRate(0.1).Should().Be(0.25);
        detection.FalseNegativeRate(0.0).Should().Be(0.5, "at threshold 9, 5.5 and 8.5 are missed");
        detection.FalseNegativeRate(1.0).Should().Be(0);
        detection.FalseNegativeRate(0.2).Should().Be(0.25, "the threshold is 7: 5.5 is still missed");
        detection.Figures("test").Should().Equal(new Dictionary<string, double>
        {
            ["testFnrAtFpr0.01"] = 0.5,
            ["testFnrAtFpr0.001"] = 0.5,
        });
        new TaskObjective(TaskKind.DensePrediction).NewDetectionScores().Should().BeNull();
    }

    [Fact]
    public void A_search_on_generated_cosmic_images_lowers_the_loss_and_reports_false_negative_rates_as_evaluate_does()
    {
        var settings = EngineHost.SearchSpace(blocks: 2, width: 8);
        settings["Search:Output"] = temp.Path;
        settings["Search:Seed"] = "3";
        settings["Search:Dataset:Type"] = "cosmic";
        settings["Search:Dataset:Resolution"] = "16";
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

        var metrics = run.Run.ReadMetrics();
        metrics.Last().TrainLoss.Should().BeLessThan(metrics.First().TrainLoss);
        metrics.Last().ValLoss.Should().BeLessThan(metrics.First().ValLoss);
        record.Metrics.Should().ContainKeys("testError", "testFnrAtFpr0.01", "testFnrAtFpr0.001");
        record.Metrics["testFnrAtFpr0.01"].Should().BeInRange(0, 1);
        record.Metrics["testFnrAtFpr0.001"].Should().BeGreaterThanOrEqualTo(record.Metrics["testFnrAtFpr0.01"]);
        // dnarch evaluate reads the best epoch's weights (best.bin) and reports the same figures of them.
        using var found = FoundNetwork.Load(run.Run.Path, host.Services.GetRequiredService<PluginResolver>());
        var report = NetworkEvaluation.Run(found, host.Runs.OpenDataset(EngineHost.Section(settings)), DataSplit.Test, batchSize: 16);
        report.Detection.Should().ContainKeys("testFnrAtFpr0.01", "testFnrAtFpr0.001").And.OnlyContain(f => f.Value >= 0 && f.Value <= 1);
        report.Confusion.Should().BeNull();
        report.Loss.Should().BeLessThan(Math.Log(2), "the trained network beats predicting one half everywhere");
    }

    static double Sigmoid(double x) => 1 / (1 + Math.Exp(-x));
}
