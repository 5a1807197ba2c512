namespace DNArch.Engine.Runs;

/// <summary>Where a search stands: everything besides tensors that a resumed run needs to continue identically.</summary>
/// <param name="Epoch">The epoch in progress (0-based); equal to the number of finished epochs between epochs.</param>
/// <param name="Step">Batches of <paramref name="Epoch"/> already trained.</param>
/// <param name="SkippedSteps">Steps of <paramref name="Epoch"/> skipped for a non-finite loss or gradient.</param>
public sealed record TrainingState(
    int Epoch,
    int Step,
    long GlobalStep,
    double TrainLossSum,
    int TrainBatches,
    int? BestEpoch,
    double? BestValue,
    IReadOnlyList<EpochMetrics> History,
    int SkippedSteps = 0);
