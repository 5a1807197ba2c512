using DNArch.Abstractions.Architecture;
using DNArch.Engine.Runs;
using DNArch.Engine.Search;
using TorchSharp.Modules;
using static TorchSharp.torch.utils.tensorboard;

namespace DNArch.Engine.Reporting;

/// <summary>
/// TensorBoard event files in <c>run/tensorboard</c>: training loss per step; validation figures, exact cost and
/// every (scalar) architecture parameter per epoch. <c>tensorboard --logdir runs</c> shows all runs side by side.
/// </summary>
public sealed class TensorBoardObserver : ISearchObserver
{
    SummaryWriter? writer;
    int stepsPerEpoch;

    public void OnStart(RunStart start)
    {
        ArgumentNullException.ThrowIfNull(start);
        // A resumed run logs its steps after the checkpoint again: drop what the interrupted process logged of them.
        if (start.StartEpoch > 0) TensorBoardHistory.KeepBefore(start.Run.TensorBoard, start.StartEpoch, start.StepsPerEpoch);
        writer = SummaryWriter(start.Run.TensorBoard);
        stepsPerEpoch = start.StepsPerEpoch;
    }

    public void OnStep(StepProgress step)
    {
        ArgumentNullException.ThrowIfNull(step);
        var global = step.Epoch * stepsPerEpoch + step.Step;
        writer?.add_scalar("train/loss", (float)step.Loss, global);
        writer?.add_scalar("train/complexity_loss", (float)step.ComplexityLoss, global);
    }

    public void OnEpoch(EpochMetrics metrics, ArchitectureRecord architecture, IReadOnlyDictionary<string, float> architectureParameters)
    {
        ArgumentNullException.ThrowIfNull(metrics);
        ArgumentNullException.ThrowIfNull(architectureParameters);
        if (writer is null) return;
        writer.add_scalar("val/loss", (float)metrics.ValLoss, metrics.Epoch);
        if (metrics.ValAccuracy is { } accuracy) writer.add_scalar("val/accuracy", (float)accuracy, metrics.Epoch);
        if (metrics.ValError is { } error) writer.add_scalar("val/error", (float)error, metrics.Epoch);
        writer.add_scalar("cost/flops", metrics.Flops, metrics.Epoch);
        writer.add_scalar("cost/params", metrics.Params, metrics.Epoch);
        writer.add_scalar("architecture/depth", metrics.Depth, metrics.Epoch);
        foreach (var (name, value) in architectureParameters)
            writer.add_scalar($"architecture/{name}", value, metrics.Epoch);
    }

    // The writer appends each event to its file as it comes; nothing to flush.
    public void OnFinished(RunDirectory run, ArchitectureRecord architecture, IReadOnlyList<EpochMetrics> history) => writer = null;
}
