using DNArch.Abstractions.Datasets;
using DNArch.Engine.Data;
using static TorchSharp.torch;

namespace DNArch.Engine.Search;

/// <summary>A split's mean task loss and figure (<see cref="TaskObjective"/>) over its examples; NaN for an empty split.</summary>
public readonly record struct SplitScore(int Examples, double Loss, double Figure);

/// <summary>
/// The one evaluation loop of the engine: a network's task loss and figure over every example of one split, batch by
/// batch, without gradients. Validation and test during a search and <c>dnarch evaluate</c> all use it, so their
/// figures are computed alike.
/// </summary>
public static class SplitEvaluation
{
    /// <summary>
    /// Runs <paramref name="forward"/> on the batches of <paramref name="split"/> (inputs on the CPU; the targets go
    /// where the outputs are) and averages <paramref name="objective"/>'s loss and figure per example.
    /// </summary>
    /// <param name="seed">The run's seed; it orders only the train split's examples (<see cref="BatchOrder"/>).</param>
    /// <param name="observe">Sees each batch's outputs and targets, e.g. to count a confusion matrix.</param>
    public static SplitScore Run(IDataset data, DataSplit split, int batchSize, int seed, TaskObjective objective,
        Func<Tensor, Tensor> forward, Action<Tensor, Tensor>? observe = null, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(objective);
        ArgumentNullException.ThrowIfNull(forward);
        using var _ = no_grad();
        double loss = 0, figure = 0;
        var count = 0;
        foreach (var batch in new BatchLoader(data, split, batchSize, seed, epoch: 0).Read(cancellation))
        {
            using var scope = NewDisposeScope();
            scope.Attach(batch.Inputs, batch.Targets);
            var output = forward(batch.Inputs);
            var targets = batch.Targets.to(output.device);
            var n = (int)batch.Inputs.shape[0];
            loss += objective.Loss(output, targets).item<float>() * n;
            figure += objective.FigureSum(output, targets);
            count += n;
            observe?.Invoke(output, targets);
        }
        return count == 0 ? new SplitScore(0, double.NaN, double.NaN) : new SplitScore(count, loss / count, figure / count);
    }
}
