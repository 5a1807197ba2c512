namespace DNArch.Engine.Models;

/// <summary>
/// What <c>dnarch evaluate</c> measured (<c>evaluation.json</c>): the task's figure and loss on one split, a confusion
/// matrix for classification or the false-negative rates for binary segmentation, and throughput.
/// </summary>
/// <param name="Figure">The figure's name, <c>accuracy</c> or <c>error</c> (relative L2 error, dense prediction).</param>
/// <param name="Confusion">Classification: <c>Confusion[true][predicted]</c> counts; null for dense prediction.</param>
/// <param name="Detection">Binary segmentation: <see cref="Search.DetectionScores.Figures"/>; null otherwise.</param>
/// <param name="SamplesPerSecond">Examples divided by the seconds spent in the network's forward passes.</param>
public sealed record EvaluationReport(
    string Run,
    string Dataset,
    string Split,
    int Examples,
    string Figure,
    double Value,
    double Loss,
    IReadOnlyList<IReadOnlyList<long>>? Confusion,
    IReadOnlyDictionary<string, double>? Detection,
    int BatchSize,
    double Seconds,
    double SamplesPerSecond);
