using System.Diagnostics;
using DNArch.Abstractions.Configuration;
using DNArch.Abstractions.Datasets;
using DNArch.Engine.Search;
using static TorchSharp.torch;

namespace DNArch.Engine.Models;

/// <summary>
/// A found network on one split of a data set: its figure and loss (<see cref="TaskObjective"/>), confusion or
/// detection rates, throughput.
/// </summary>
public static class NetworkEvaluation
{
    public static EvaluationReport Run(FoundNetwork network, IDataset data, DataSplit split, int batchSize,
        CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(data);
        CheckFits(network, data.Info);
        var classes = data.Info.Task == TaskKind.Classification ? data.Info.OutputChannels : 0;
        var confusion = new long[classes, classes];
        var clock = new Stopwatch();
        var objective = new TaskObjective(data.Info.Task);
        var detection = objective.NewDetectionScores();
        Action<Tensor, Tensor>? observe = classes > 0 ? (output, targets) => Count(confusion, targets, output.argmax(1))
            : detection is null ? null : detection.Add;
        var score = SplitEvaluation.Run(data, split, batchSize, seed: 0, objective, inputs =>
        {
            clock.Start();
            var output = network.Predict(inputs);
            clock.Stop();
            return output;
        }, observe, cancellation);
        if (score.Examples == 0)
            throw InvalidInputException.ForKey("--split", $"the {split} split of {data.Info.Name} is empty", "Choose a split with examples");
        var seconds = clock.Elapsed.TotalSeconds;
        return new EvaluationReport(network.Run.Path, data.Info.Name, SplitName(split), score.Examples,
            classes > 0 ? "accuracy" : "error", score.Figure, score.Loss,
            classes > 0 ? Rows(confusion) : null, detection?.Figures(SplitName(split)), batchSize, Math.Round(seconds, 4), Math.Round(score.Examples / seconds, 1));
    }

    /// <summary>The split's name on the command line and in files.</summary>
    public static string SplitName(DataSplit split) => split == DataSplit.Validation ? "validation" : split.ToString().ToLowerInvariant();

    /// <summary>Throws, naming <c>Search:Dataset</c>, unless <paramref name="info"/>'s examples fit the network's input and output.</summary>
    public static void CheckFits(FoundNetwork network, DatasetInfo info)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(info);
        var io = network.Io;
        if (info.Task == io.Task && info.InputChannels == io.InputChannels && info.Shape.SequenceEqual(io.InputSize)
            && info.OutputChannels == io.OutputChannels)
            return;
        throw InvalidInputException.ForKey(ConfigurationKeys.Search.Dataset,
            $"{info.Name} has {Describe(info.Task, info.InputChannels, info.Shape, info.OutputChannels)}, but the network takes " +
            Describe(io.Task, io.InputChannels, io.InputSize, io.OutputChannels),
            "Give a data set with the examples the run was trained on");
    }

    static string Describe(TaskKind task, int inputs, IReadOnlyList<int> shape, int outputs) =>
        $"{task} examples of {inputs} channel(s) × [{string.Join(", ", shape)}] with {outputs} " +
        (task == TaskKind.Classification ? "classes" : "output channels");

    static void Count(long[,] confusion, Tensor targets, Tensor predicted)
    {
        var truth = targets.data<long>().ToArray();
        var guess = predicted.data<long>().ToArray();
        for (var i = 0; i < truth.Length; i++) confusion[truth[i], guess[i]]++;
    }

    static IReadOnlyList<IReadOnlyList<long>> Rows(long[,] matrix) =>
        [.. Enumerable.Range(0, matrix.GetLength(0)).Select(r => (IReadOnlyList<long>)[.. Enumerable.Range(0, matrix.GetLength(1)).Select(c => matrix[r, c])])];
}
