using System.Text.Json.Serialization;

namespace DNArch.Engine.Runs;

/// <summary>
/// One line of <c>metrics.jsonl</c>: the task figures (valAccuracy for classification, valError for dense
/// prediction), exact cost of the realised network, and its shape per block (for plots over epochs).
/// <paramref name="SkippedSteps"/>: steps skipped for a non-finite loss or gradient, with
/// <c>Search:Training:NonFinite=skip</c> only (absent otherwise).
/// </summary>
public sealed record EpochMetrics(
    int Epoch,
    double TrainLoss,
    double ValLoss,
    double? ValAccuracy,
    double? ValError,
    double ComplexityLoss,
    // metrics.jsonl names the MAC count "flops" (contract).
    [property: JsonPropertyName("flops")] long Macs,
    long Params,
    int Depth,
    IReadOnlyList<IReadOnlyList<int>> KernelSizes,
    IReadOnlyList<int> Widths,
    IReadOnlyList<IReadOnlyList<int>> OutputSizes,
    double Seconds,
    int? SkippedSteps = null);
