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
    public required int MaxDepth { get; init; }
    public required IReadOnlyList<BlockRecord> Blocks { get; init; }

    /// <summary>Exact counts of the realised (cropped) network: parameters, and multiply-accumulates per example.</summary>
    public required long Params { get; init; }
    // The file's contract names the MAC count "flops".
    [JsonPropertyName("flops")]
    public required long Macs { get; init; }

    /// <summary>Exact counts of the supernet.</summary>
    public required long MaxParams { get; init; }
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

    /// <summary>The stem's kernel size and kernel grid (it has a kernel mask too, but is never skipped).</summary>
    public required IReadOnlyList<int> StemKernelSize { get; init; }
    public required IReadOnlyList<int> StemMaxKernelSize { get; init; }

    /// <summary>Channels of the stem (the residual stream's width before the blocks' own widths).</summary>
    public required int StemWidth { get; init; }
}

/// <summary>One residual block of a learned architecture.</summary>
public sealed record BlockRecord
{
    public required int Index { get; init; }
    public required bool Active { get; init; }
    /// <summary>Kernel size in positions, one per spatial dimension.</summary>
    public required IReadOnlyList<int> KernelSize { get; init; }
    /// <summary>The supernet's kernel grid per spatial dimension; the kernel is the centred (or causal) window of it.</summary>
    public required IReadOnlyList<int> MaxKernelSize { get; init; }
    public required int Width { get; init; }
    public required int MaxWidth { get; init; }
    public required IReadOnlyList<int> InputSize { get; init; }
    public required IReadOnlyList<int> OutputSize { get; init; }
}

/// <summary>The data a network was built for.</summary>
public sealed record NetworkIo
{
    [JsonConverter(typeof(JsonStringEnumConverter<Datasets.TaskKind>))]
    public required Datasets.TaskKind Task { get; init; }
    public required int InputChannels { get; init; }
    public required IReadOnlyList<int> InputSize { get; init; }
    public required int OutputChannels { get; init; }
    public bool Causal { get; init; }
}
