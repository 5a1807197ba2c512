using System.Diagnostics;
using DNArch.Abstractions.Architecture;
using DNArch.Abstractions.Datasets;
using DNArch.Engine.Data;
using DNArch.Engine.Network;
using DNArch.Engine.Runs;
using DNArch.Plugins.Sdk.IO;
using Microsoft.Extensions.Logging;
using static TorchSharp.torch;

namespace DNArch.Engine.Search;

/// <summary>
/// Trains weights and architecture jointly, epoch by epoch: validation every epoch, the best epoch kept, a
/// checkpoint after every epoch and on interruption, the contract's files kept current. The same seed on CPU gives
/// the same run, resumed or not. A NaN or infinite loss or gradient stops the run or skips the step
/// (<see cref="TrainingOptions.NonFinite"/>); a write that fails (disk full, folder gone) stops it with the
/// checkpoints written before untouched.
/// </summary>
public sealed class Trainer(ILogger<Trainer> logger, IEnumerable<ISearchObserver> observers)
{
    readonly IReadOnlyList<ISearchObserver> watchers = observers.ToList();

    public ArchitectureRecord Run(TrainingRun run, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(run);
        try
        {
            return Train(run, cancellation);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new RunFailedException($"Cannot write to the run directory {run.Directory.Path}: {e.Message} The run stopped; " +
                "the checkpoints written before are untouched. Free some space or make the folder writable again, then " +
                $"continue with: dnarch search --resume {run.Directory.Path}", e);
        }
    }

    ArchitectureRecord Train(TrainingRun run, CancellationToken cancellation)
    {
        var (directory, network, data, objective, options) = (run.Directory, run.Network, run.Data, run.Objective, run.Options);
        var training = options.Training;
        var stepsPerEpoch = (data.Count(DataSplit.Train) + training.BatchSize - 1) / training.BatchSize;
        var schedule = new CosineSchedule((long)Math.Round(training.WarmupEpochs * stepsPerEpoch), (long)training.Epochs * stepsPerEpoch);
        using var optimizer = new SearchOptimizer(network, training);

        var state = Start(run, optimizer);
        directory.WriteMetrics(state.History);
        foreach (var w in watchers)
            w.OnStart(new RunStart(directory, training.Epochs, stepsPerEpoch, state.Epoch, network.Record(), run.Budget?.MetricName, run.Budget?.Target));

        for (var epoch = state.Epoch; epoch < training.Epochs; epoch++)
        {
            var clock = Stopwatch.StartNew();
            state = TrainEpoch(run, optimizer, schedule, state, stepsPerEpoch, clock, cancellation);
            NormRecalibration.Run(run, epoch);
            var (valLoss, valFigure) = Evaluate(run, DataSplit.Validation);
            var record = network.Record();
            var metrics = Metrics(epoch + 1, state, valLoss, valFigure, run, record, clock.Elapsed.TotalSeconds) with
            {
                SkippedSteps = training.NonFinite == NonFiniteAction.Skip ? state.SkippedSteps : null,
            };
            var improved = objective.Improves(valFigure, state.BestValue);
            state = state with
            {
                Epoch = epoch + 1,
                Step = 0,
                TrainLossSum = 0,
                TrainBatches = 0,
                SkippedSteps = 0,
                BestEpoch = improved ? epoch + 1 : state.BestEpoch,
                BestValue = improved ? valFigure : state.BestValue,
                History = [.. state.History, metrics],
            };
            if (improved)
            {
                AtomicFile.Write(directory.BestWeights, s =>
                {
                    using var writer = new BinaryWriter(s, System.Text.Encoding.UTF8, leaveOpen: true);
                    network.save(writer);
                });
                directory.WriteArchitecture(record with { BestEpoch = epoch + 1, Metrics = Figures(objective, "val", valFigure) }, best: true);
            }
            directory.WriteMetrics(state.History);
            directory.WriteArchitecture(record with { BestEpoch = state.BestEpoch, Metrics = Figures(objective, "val", valFigure) });
            Checkpoint.Save(directory, state, network, optimizer.Optimizer);
            foreach (var w in watchers) w.OnEpoch(metrics, record, ArchitectureValues(network));
        }

        var final = Finish(run, state);
        foreach (var w in watchers) w.OnFinished(directory, final, state.History);
        return final;
    }

    TrainingState Start(TrainingRun run, SearchOptimizer optimizer)
    {
        var fresh = new TrainingState(0, 0, 0, 0, 0, null, null, []);
        if (!run.Resume) return fresh;
        if (Checkpoint.Exists(run.Directory)) return Checkpoint.Load(run.Directory, run.Network, optimizer.Optimizer, logger);
        // Killed before its first checkpoint: config.json is all there is, and the same seed replays the same start.
        logger.LogWarning("{Directory} has no checkpoint yet (the run stopped during its first epoch); starting it from the beginning.",
            run.Directory.Path);
        return fresh;
    }

    TrainingState TrainEpoch(TrainingRun run, SearchOptimizer optimizer, CosineSchedule schedule,
        TrainingState state, int stepsPerEpoch, Stopwatch clock, CancellationToken cancellation)
    {
        var (network, training) = (run.Network, run.Options.Training);
        var frozen = state.Epoch < training.FreezeArchitectureEpochs;
        network.train();
        var batches = new BatchLoader(run.Data, DataSplit.Train, training.BatchSize, run.Options.Seed, state.Epoch);
        var flip = RandomFlip.For(training.RandomFlip, run.Options.Seed, state.Epoch);
        var step = 0;
        // Cancellation is checked here, not in the loader, so that an interrupted run first writes its checkpoint.
        foreach (var batch in batches.Read(CancellationToken.None))
        {
            using var scope = NewDisposeScope();
            scope.Attach(batch.Inputs, batch.Targets);
            if (step++ < state.Step) continue;
            if (cancellation.IsCancellationRequested)
            {
                Checkpoint.Save(run.Directory, state, network, optimizer.Optimizer);
                throw new RunInterruptedException(run.Directory, state.Epoch + 1, state.Step, cancellation);
            }
            optimizer.Schedule(schedule.Factor(state.GlobalStep), frozen);
            optimizer.Optimizer.zero_grad();
            var (inputs, targets) = flip?.Apply(batch.Inputs, batch.Targets, step) ?? (batch.Inputs, batch.Targets);
            var output = network.forward(inputs.to(run.Device));
            var taskLoss = run.Objective.TrainingLoss(output, targets.to(run.Device));
            var complexity = run.Budget?.Loss(network);
            var loss = complexity is null ? taskLoss : taskLoss + complexity;
            var lossValue = loss.item<float>();
            var nonFinite = float.IsFinite(lossValue) ? null : $"the training loss is {lossValue} (task loss {taskLoss.item<float>()})";
            if (nonFinite is null)
            {
                loss.backward();
                nonFinite = NonFiniteGradient(network) is { } parameter ? $"the gradient of {parameter} is not finite" : null;
            }
            if (nonFinite is not null)
            {
                if (training.NonFinite == NonFiniteAction.Stop) throw NonFinite(run.Directory, state.Epoch + 1, step, nonFinite);
                logger.LogWarning("Epoch {Epoch}, step {Step}: {Problem}; step skipped.", state.Epoch + 1, step, nonFinite);
                optimizer.Optimizer.zero_grad();
                state = state with { Step = step, GlobalStep = state.GlobalStep + 1, SkippedSteps = state.SkippedSteps + 1 };
                continue;
            }
            if (training.GradientClip > 0) nn.utils.clip_grad_norm_(network.WeightParameters(), training.GradientClip);
            optimizer.Optimizer.step();
            state = state with
            {
                Step = step,
                GlobalStep = state.GlobalStep + 1,
                TrainLossSum = state.TrainLossSum + taskLoss.item<float>(),
                TrainBatches = state.TrainBatches + 1,
            };
            var progress = new StepProgress(state.Epoch, step, stepsPerEpoch, lossValue, complexity?.item<float>() ?? 0, clock.Elapsed)
            {
                LearningRate = optimizer.Weights.LearningRate,
            };
            foreach (var w in watchers) w.OnStep(progress);
        }
        return state;
    }

    /// <summary>
    /// The name of a parameter whose gradient holds a NaN or infinity, or null. One reduction over all gradients
    /// (a sum in double, where NaN and infinity survive and finite values cannot overflow) and one host sync per
    /// step; the parameter is looked for only when that fails.
    /// </summary>
    static string? NonFiniteGradient(Supernet network)
    {
        using var scope = NewDisposeScope();
        var sums = network.parameters().Select(p => p.grad).OfType<Tensor>().Select(g => g.sum(ScalarType.Float64)).ToList();
        if (sums.Count == 0 || double.IsFinite(stack(sums).sum().item<double>())) return null;
        return network.named_parameters()
            .First(p => p.parameter.grad is { } g && !g.isfinite().all().item<bool>()).name;
    }

    static NonFiniteValueException NonFinite(RunDirectory directory, int epoch, int step, string problem)
    {
        var checkpoint = Checkpoint.Exists(directory)
            ? $"The last good checkpoint, {directory.Checkpoint}, is intact"
            : "No checkpoint was written yet (the run stopped in its first epoch)";
        return new NonFiniteValueException($"Epoch {epoch}, step {step}: {problem}. {checkpoint}. " +
            "Lower Search:Training:LearningRate, or set Search:Training:NonFinite=skip to skip such steps.");
    }

    static (double Loss, double Figure) Evaluate(TrainingRun run, DataSplit split, Action<Tensor, Tensor>? observe = null)
    {
        run.Network.eval();
        using var _ = no_grad();
        using var kernels = run.Network.FixKernels();
        var score = SplitEvaluation.Run(run.Data, split, run.Options.Training.BatchSize, run.Options.Seed, run.Objective,
            inputs => run.Network.forward(inputs.to(run.Device)), observe);
        return (score.Loss, score.Figure);
    }

    ArchitectureRecord Finish(TrainingRun run, TrainingState state)
    {
        // With NonFinite=skip a run can skip every step and end with NaN figures; that is no result.
        if (state.History.All(h => double.IsNaN(h.TrainLoss)))
            throw new RunFailedException($"Every training step of {run.Directory.Path} was skipped for a non-finite loss or " +
                $"gradient ({state.History.Sum(h => h.SkippedSteps ?? 0)} steps), so nothing was trained and the run has no result. " +
                "Lower Search:Training:LearningRate, or check the data for NaN or infinite values.");
        var objective = run.Objective;
        // The last epoch validated these very weights already.
        var last = state.History[^1];
        var valFigure = last.ValAccuracy ?? last.ValError ?? double.NaN;
        var detection = objective.NewDetectionScores();
        var (_, testFigure) = Evaluate(run, DataSplit.Test, detection is null ? null : detection.Add);
        var figures = new Dictionary<string, double>(Figures(objective, "val", valFigure))
        {
            [objective.FigureName("test")] = testFigure,
        };
        foreach (var (name, value) in detection?.Figures("test") ?? new Dictionary<string, double>()) figures[name] = value;
        if (state.BestValue is { } best) figures[objective.FigureName("bestVal")] = best;
        var final = run.Network.Record() with { BestEpoch = state.BestEpoch, Metrics = figures };
        run.Directory.WriteArchitecture(final);
        RunSummary.Write(run.Directory, final, state.History, run.Budget);
        logger.LogInformation("Run finished: {Directory}", run.Directory.Path);
        return final;
    }

    static Dictionary<string, double> Figures(TaskObjective objective, string split, double value) =>
        new() { [objective.FigureName(split)] = value };

    static EpochMetrics Metrics(int epoch, TrainingState state, double valLoss, double valFigure, TrainingRun run,
        ArchitectureRecord record, double seconds)
    {
        double complexity = 0;
        if (run.Budget is { } budget)
        {
            using var _ = no_grad();
            using var loss = budget.Loss(run.Network);
            complexity = loss.item<float>();
        }
        var classification = run.Objective.Task == TaskKind.Classification;
        return new EpochMetrics(
            epoch,
            state.TrainBatches == 0 ? double.NaN : state.TrainLossSum / state.TrainBatches,
            valLoss,
            classification ? valFigure : null,
            classification ? null : valFigure,
            complexity,
            record.Macs,
            record.Params,
            record.Depth,
            record.Blocks.Select(b => b.KernelSize).ToList(),
            record.Blocks.Select(b => b.Width).ToList(),
            record.Blocks.Select(b => b.OutputSize).ToList(),
            Math.Round(seconds, 3));
    }

    static IReadOnlyDictionary<string, float> ArchitectureValues(Supernet network)
    {
        var architecture = network.ArchitectureParameters().Select(p => p.Handle).ToHashSet();
        var values = new Dictionary<string, float>();
        foreach (var (name, parameter) in network.named_parameters())
        {
            if (!architecture.Contains(parameter.Handle) || parameter.numel() != 1) continue;
            values[name] = parameter.item<float>();
        }
        return values;
    }
}
