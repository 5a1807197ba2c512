using DNArch.Abstractions.Architecture;
using DNArch.Engine.Runs;
using DNArch.Engine.Search;
using TorchSharp.Modules;
using static TorchSharp.torch.utils.tensorboard;

namespace DNArch.Engine.Reporting;

/// <summary>
/// TensorBoard event files in <c>run/tensorboard</c>: training loss and learning rate per step; validation figures,
/// exact cost, the realised kernel size, width and resolution of every block and every (scalar) architecture parameter
/// per epoch; the test figures at the end; and the run's hyperparameters for the HParams view
/// (<see cref="HParamsSummary"/>). <c>tensorboard --logdir runs</c> shows all runs side by side.
/// </summary>
public sealed class TensorBoardObserver : ISearchObserver
{
    /// <summary>The event file of the HParams view, rewritten (not appended to) when a run starts and ends.</summary>
    public const string HParamsFile = "events.out.tfevents.hparams";

    SummaryWriter? writer;
    int stepsPerEpoch;
    IReadOnlyList<(string Name, System.Text.Json.JsonElement Value)> hparams = [];

    public void OnStart(RunStart start)
    {
        ArgumentNullException.ThrowIfNull(start);
        // A resumed run logs its steps after the checkpoint again: drop what the interrupted process logged of them.
        if (start.StartEpoch > 0) TensorBoardHistory.KeepBefore(start.Run.TensorBoard, start.StartEpoch, start.StepsPerEpoch);
        writer = SummaryWriter(start.Run.TensorBoard);
        stepsPerEpoch = start.StepsPerEpoch;
        hparams = File.Exists(start.Run.Configuration) ? HParamsSummary.Of(start.Run.Configuration) : [];
        TensorBoardRecords.Write(Path.Combine(start.Run.TensorBoard, HParamsFile), HParamsSummary.Events(hparams, finished: false));
    }

    public void OnStep(StepProgress step)
    {
        ArgumentNullException.ThrowIfNull(step);
        var global = step.Epoch * stepsPerEpoch + step.Step;
        writer?.add_scalar("train/loss", (float)step.Loss, global);
        writer?.add_scalar("train/complexity_loss", (float)step.ComplexityLoss, global);
        writer?.add_scalar("train/learning_rate", (float)step.LearningRate, global);
    }

    public void OnEpoch(EpochMetrics metrics, ArchitectureRecord architecture, IReadOnlyDictionary<string, float> architectureParameters)
    {
        ArgumentNullException.ThrowIfNull(metrics);
        ArgumentNullException.ThrowIfNull(architectureParameters);
        if (writer is null) return;
        writer.add_scalar("val/loss", (float)metrics.ValLoss, metrics.Epoch);
        if (metrics.ValAccuracy is { } accuracy) writer.add_scalar("val/accuracy", (float)accuracy, metrics.Epoch);
        if (metrics.ValError is { } error) writer.add_scalar("val/error", (float)error, metrics.Epoch);
        writer.add_scalar("cost/flops", metrics.Macs, metrics.Epoch);
        writer.add_scalar("cost/params", metrics.Params, metrics.Epoch);
        writer.add_scalar("architecture/depth", metrics.Depth, metrics.Epoch);
        for (var block = 0; block < metrics.Widths.Count; block++)
        {
            writer.add_scalar($"realised/block{block}/width", metrics.Widths[block], metrics.Epoch);
            PerDimension($"realised/block{block}/kernel_size", metrics.KernelSizes[block], metrics.Epoch);
            PerDimension($"realised/block{block}/resolution", metrics.OutputSizes[block], metrics.Epoch);
        }
        foreach (var (name, value) in architectureParameters)
            writer.add_scalar($"architecture/{name}", value, metrics.Epoch);
    }

    // The writer appends each event to its file as it comes; nothing to flush.
    public void OnFinished(RunDirectory run, ArchitectureRecord architecture, IReadOnlyList<EpochMetrics> history)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(architecture);
        ArgumentNullException.ThrowIfNull(history);
        var last = history.Count == 0 ? 0 : history[^1].Epoch;
        foreach (var (name, value) in architecture.Metrics.Where(m => m.Key.StartsWith("test", StringComparison.Ordinal)))
            writer?.add_scalar($"test/{name["test".Length..].ToLowerInvariant()}", (float)value, last);
        TensorBoardRecords.Write(Path.Combine(run.TensorBoard, HParamsFile), HParamsSummary.Events(hparams, finished: true));
        writer = null;
    }

    // One tag per spatial dimension of images (_0 rows, _1 columns), the bare tag for sequences.
    void PerDimension(string tag, IReadOnlyList<int> sizes, int epoch)
    {
        for (var d = 0; d < sizes.Count; d++) writer!.add_scalar(sizes.Count == 1 ? tag : $"{tag}_{d}", sizes[d], epoch);
    }
}
