using DNArch.Abstractions.Configuration;
using DNArch.Abstractions.Datasets;
using DNArch.Engine.Search;
using static TorchSharp.torch;

namespace DNArch.Tests.Runs;

[Collection(TorchCollection.Name)]
public sealed class LabelSmoothingTests
{
    static readonly float[,] Logits = { { 2.0f, -1.0f, 0.5f, 0.0f }, { -0.3f, 1.2f, 3.0f, -2.0f }, { 0.1f, 0.2f, 0.3f, 0.4f } };
    static readonly long[] Labels = [0, 3, 2];

    [Theory]
    [InlineData(0.1)]
    [InlineData(0.3)]
    public void The_training_loss_puts_one_minus_epsilon_on_the_label_and_epsilon_evenly_on_all_classes(double epsilon)
    {
        using var scope = NewDisposeScope();
        var objective = new TaskObjective(TaskKind.Classification, epsilon);

        var loss = objective.TrainingLoss(tensor(Logits), tensor(Labels)).item<float>();

        loss.Should().BeApproximately((float)SmoothedCrossEntropy(epsilon), 1e-5f);
    }

    [Fact]
    public void Evaluation_stays_plain_cross_entropy_and_no_smoothing_trains_on_it()
    {
        using var scope = NewDisposeScope();
        var smoothed = new TaskObjective(TaskKind.Classification, 0.2);
        var plain = new TaskObjective(TaskKind.Classification);
        var (x, y) = (tensor(Logits), tensor(Labels));

        smoothed.Loss(x, y).item<float>().Should().BeApproximately((float)SmoothedCrossEntropy(0), 1e-5f);
        plain.TrainingLoss(x, y).item<float>().Should().BeApproximately((float)SmoothedCrossEntropy(0), 1e-5f);
        smoothed.TrainingLoss(x, y).item<float>().Should().NotBeApproximately(plain.TrainingLoss(x, y).item<float>(), 1e-3f);
    }

    [Fact]
    public void Dense_prediction_refuses_label_smoothing_naming_the_key()
    {
        var act = () => new TaskObjective(TaskKind.DensePrediction, 0.1);

        act.Should().Throw<InvalidInputException>().Which.Message.Should().StartWith("Search:Training:LabelSmoothing")
            .And.Contain("classification");
        new TaskObjective(TaskKind.DensePrediction).Task.Should().Be(TaskKind.DensePrediction);
    }

    // The definition, by loops in double: −Σ_c q_c log p_c with q = (1 − ε)·onehot + ε/C, averaged over the batch.
    static double SmoothedCrossEntropy(double epsilon)
    {
        var (rows, classes) = (Logits.GetLength(0), Logits.GetLength(1));
        double total = 0;
        for (var i = 0; i < rows; i++)
        {
            var logSumExp = Math.Log(Enumerable.Range(0, classes).Sum(c => Math.Exp(Logits[i, c])));
            for (var c = 0; c < classes; c++)
            {
                var target = (c == Labels[i] ? 1 - epsilon : 0) + epsilon / classes;
                total -= target * (Logits[i, c] - logSumExp);
            }
        }
        return total / rows;
    }
}
