using DNArch.Abstractions.Configuration;
using DNArch.Abstractions.Datasets;
using static TorchSharp.torch;

namespace DNArch.Engine.Search;

/// <summary>
/// The task's loss and figure: cross-entropy and accuracy for classification; for dense prediction the relative L2
/// error <c>‖ŷ − y‖ / ‖y‖</c> (per example, averaged) is both loss and figure. Binary segmentation trains on the
/// per-position binary cross-entropy of the logits; its figure is the relative L2 error of the predicted probabilities
/// (a proper score that a batch can sum, to choose the best epoch), and its test split also reports the
/// false-negative rates of <see cref="DetectionScores"/>. Training may smooth the labels
/// (<see cref="TrainingOptions.LabelSmoothing"/>); evaluation never does, so validation losses compare across runs.
/// </summary>
public sealed class TaskObjective
{
    readonly double labelSmoothing;

    public TaskObjective(TaskKind task, double labelSmoothing = 0)
    {
        if (labelSmoothing > 0 && task != TaskKind.Classification)
            throw InvalidInputException.ForKey(ConfigurationKeys.Search.LabelSmoothing, $"is {labelSmoothing}, but the data set's task is {task}",
                "Label smoothing applies to classification only; leave it at 0 (the default) for dense prediction");
        Task = task;
        this.labelSmoothing = labelSmoothing;
    }

    public TaskKind Task { get; }

    /// <summary>The figure's name in files: valAccuracy / valError and testAccuracy / testError.</summary>
    public string FigureName(string split) => split + (Task == TaskKind.Classification ? "Accuracy" : "Error");

    /// <summary>Higher is better for accuracy, lower for error.</summary>
    public bool Improves(double candidate, double? best) =>
        best is null || (Task == TaskKind.Classification ? candidate > best : candidate < best);

    /// <summary>The loss to evaluate a split by.</summary>
    public Tensor Loss(Tensor output, Tensor target) => Task switch
    {
        TaskKind.Classification => nn.functional.cross_entropy(output, target),
        TaskKind.BinarySegmentation => nn.functional.binary_cross_entropy_with_logits(output, target),
        _ => RelativeErrors(output, target).mean(),
    };

    /// <summary>The loss to train on: <see cref="Loss"/>, with smoothed labels when asked for.</summary>
    public Tensor TrainingLoss(Tensor output, Tensor target) => labelSmoothing > 0
        ? nn.functional.cross_entropy(output, target, label_smoothing: labelSmoothing)
        : Loss(output, target);

    /// <summary>The figure summed over the batch (correct predictions, or relative errors), to average later.</summary>
    public double FigureSum(Tensor output, Tensor target)
    {
        using var _ = no_grad();
        if (Task == TaskKind.Classification)
        {
            using var correct = output.argmax(1).eq(target).sum();
            return correct.item<long>();
        }
        using var predicted = Task == TaskKind.BinarySegmentation ? output.sigmoid() : output.alias();
        using var sum = RelativeErrors(predicted, target).sum();
        return sum.item<float>();
    }

    /// <summary>A collector of a split's per-position scores for the task's detection figures; null unless binary segmentation.</summary>
    public DetectionScores? NewDetectionScores() => Task == TaskKind.BinarySegmentation ? new DetectionScores() : null;

    // ‖ŷ − y‖ / ‖y‖ per example: scale-free, so targets of any magnitude (Darcy pressures are ~1e-2) train alike.
    static Tensor RelativeErrors(Tensor output, Tensor target)
    {
        var batch = output.shape[0];
        var error = (output - target).reshape(batch, -1).norm(1);
        return error / target.reshape(batch, -1).norm(1).clamp_min(1e-12);
    }
}
