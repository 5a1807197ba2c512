namespace DNArch.Abstractions.Datasets;

/// <summary>What a network predicts, which decides its head, loss and figure.</summary>
public enum TaskKind
{
    /// <summary>One class per example, scored by accuracy.</summary>
    Classification,
    /// <summary>One output per position (e.g. a PDE solution), scored by relative L2 error.</summary>
    DensePrediction,
    /// <summary>
    /// One binary label per position (e.g. a sparse hit mask): the network gives a logit per position, trained by
    /// per-position binary cross-entropy and reported by its false-negative rate at fixed false-positive rates.
    /// </summary>
    BinarySegmentation,
}

/// <summary>The shape of a data set's examples.</summary>
/// <param name="Shape">Spatial size: <c>[length]</c> for sequences, <c>[height, width]</c> for images.</param>
/// <param name="OutputChannels">Classes for classification; target channels for dense prediction and binary segmentation.</param>
/// <param name="Causal">Sequences whose model must not look ahead (sMNIST and the like).</param>
public sealed record DatasetInfo(
    string Name,
    TaskKind Task,
    int InputChannels,
    IReadOnlyList<int> Shape,
    int OutputChannels,
    bool Causal = false);
