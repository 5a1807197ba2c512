using System.Text.Json.Serialization;

namespace DNArch.Abstractions.Architecture;

/// <summary>
/// A learned architecture, as written to <c>architecture.json</c>: everything needed to build the realised network
/// as a fixed network and retrain it. Holds no wall-clock figures, so equal runs give equal files.
/// </summary>
public sealed record ArchitectureRecord
{
    /// <summary>Active residual blocks.</summary>
    public required int Depth { get; init; }

    /// <summary>Residual blocks of the supernet, the most <see cref="Depth"/> can reach.</summary>
    public required int MaxDepth { get; init; }

    /// <summary>Every block of the supernet, active or not, in order.</summary>
    public required IReadOnlyList<BlockRecord> Blocks { get; init; }

    /// <summary>Learnable parameters of the realised (cropped) network, counted exactly.</summary>
    public required long Params { get; init; }

    /// <summary>Multiply-accumulates per example of the realised (cropped) network, counted exactly.</summary>
    // The file's contract names the MAC count "flops".
    [JsonPropertyName("flops")]
    public required long Macs { get; init; }

    /// <summary>Learnable parameters of the supernet, the bound of <see cref="Params"/>.</summary>
    public required long MaxParams { get; init; }

    /// <summary>Multiply-accumulates per example of the supernet, the bound of <see cref="Macs"/>.</summary>
    // The file's contract names the MAC count "maxFlops".
    [JsonPropertyName("maxFlops")]
    public required long MaxMacs { get; init; }

    /// <summary>
    /// MACs of generating the realised network's kernels: once per forward pass, shared by every example of the batch,
    /// so not part of <see cref="Macs"/> (MACs per example).
    /// </summary>
    public long KernelMacs { get; init; }

    /// <summary>The task's figures: valAccuracy/testAccuracy (classification) or valError/testError (dense).</summary>
    public IReadOnlyDictionary<string, double> Metrics { get; init; } = new Dictionary<string, double>();

    /// <summary>The epoch with the best validation figure.</summary>
    public int? BestEpoch { get; init; }

    /// <summary>The network's input and output, so a fixed network can be rebuilt without the data set.</summary>
    public required NetworkIo Io { get; init; }

    /// <summary>The stem's kernel size per spatial dimension (it has a kernel mask too, but is never skipped).</summary>
    public required IReadOnlyList<int> StemKernelSize { get; init; }

    /// <summary>The stem's kernel grid per spatial dimension, the bound of <see cref="StemKernelSize"/>.</summary>
    public required IReadOnlyList<int> StemMaxKernelSize { get; init; }

    /// <summary>Channels of the stem (the residual stream's width before the blocks' own widths).</summary>
    public required int StemWidth { get; init; }
}

/// <summary>One residual block of a learned architecture.</summary>
public sealed record BlockRecord
{
    /// <summary>The block's position in the supernet, from 0.</summary>
    public required int Index { get; init; }

    /// <summary>Whether the realised network keeps the block; an inactive one is skipped by the residual stream.</summary>
    public required bool Active { get; init; }

    /// <summary>Kernel size in positions, one per spatial dimension.</summary>
    public required IReadOnlyList<int> KernelSize { get; init; }
    /// <summary>The supernet's kernel grid per spatial dimension; the kernel is the centred (or causal) window of it.</summary>
    public required IReadOnlyList<int> MaxKernelSize { get; init; }

    /// <summary>Channels the realised block keeps.</summary>
    public required int Width { get; init; }

    /// <summary>Channels of the supernet's block, the bound of <see cref="Width"/>.</summary>
    public required int MaxWidth { get; init; }

    /// <summary>Spatial size of the block's input, one per dimension.</summary>
    public required IReadOnlyList<int> InputSize { get; init; }

    /// <summary>Spatial size of the block's output, one per dimension (smaller than the input after resampling).</summary>
    public required IReadOnlyList<int> OutputSize { get; init; }
}

/// <summary>The data a network was built for.</summary>
public sealed record NetworkIo
{
    /// <summary>Classification or dense prediction, which decides the head and the loss.</summary>
    [JsonConverter(typeof(JsonStringEnumConverter<Datasets.TaskKind>))]
    public required Datasets.TaskKind Task { get; init; }

    /// <summary>Channels of each input example.</summary>
    public required int InputChannels { get; init; }

    /// <summary>Spatial size of each input example, one per dimension.</summary>
    public required IReadOnlyList<int> InputSize { get; init; }

    /// <summary>Classes for classification; target channels for dense prediction.</summary>
    public required int OutputChannels { get; init; }

    /// <summary>Whether the network must not look ahead along the sequence (causal kernels).</summary>
    public bool Causal { get; init; }
}
