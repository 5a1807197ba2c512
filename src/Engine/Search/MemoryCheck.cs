using System.Globalization;
using System.Text.RegularExpressions;
using DNArch.Abstractions.Configuration;
using DNArch.Abstractions.Datasets;
using DNArch.Engine.Network;

namespace DNArch.Engine.Search;

/// <summary>
/// Refuses, before anything is built, a search whose supernet would not fit in memory: its training peak is estimated
/// from the configuration (weights with gradients and AdamW's two moments; generated kernels; the activations autograd
/// keeps, about eight batch × width × positions tensors per block at full resolution, the batch being the trunk's: a
/// head of E encodings runs the trunk on E·batch inputs of a share of the channels each) and compared with
/// <c>Search:MemoryLimit</c>, by default the memory this machine (or its cgroup) has available. The estimate is rough
/// and errs low: it stops configurations that cannot fit, not those near the edge.
/// </summary>
static partial class MemoryCheck
{
    public static void Check(SearchOptions options, SearchSpace space, DatasetInfo data)
    {
        var (limit, source) = Limit(options.MemoryLimit);
        if (limit is not { } bytes) return;
        var network = space.Network;
        var estimate = Estimate(network, data, options.Training.BatchSize, space.Encodings);
        if (estimate <= bytes) return;
        var encodings = space.Encodings == 1 ? "" : $" of {space.Encodings} encodings each";
        throw InvalidInputException.ForKey(ConfigurationKeys.Search.MemoryLimit,
            $"training this supernet ({network.Blocks} blocks × {network.Width} channels, batch {options.Training.BatchSize}{encodings}, " +
            $"{Positions(data):N0} positions) needs an estimated {Size(estimate)}, more than {source} ({Size(bytes)})",
            $"Lower Search:Network:Width, Search:Network:Blocks or Search:Training:BatchSize; or set {ConfigurationKeys.Search.MemoryLimit} (e.g. 64GB, or none) if the estimate is wrong for this machine");
    }

    /// <summary>
    /// Estimated peak bytes of training the supernet on batches of <paramref name="batch"/> examples, each split by the
    /// head into <paramref name="encodings"/> parts of the input channels that the trunk encodes as one batch.
    /// </summary>
    public static double Estimate(NetworkOptions network, DatasetInfo data, int batch, int encodings)
    {
        double width = network.Width, blocks = network.Blocks, positions = Positions(data);
        double trunkBatch = batch * encodings, trunkInputs = (double)data.InputChannels / encodings;
        var grid = data.Shape.Count == 1 ? data.Shape[0] : Math.Pow(network.KernelGrid, data.Shape.Count);
        var weights = blocks * (2 * width * width + 6 * width) + width * (trunkInputs + data.OutputChannels + 4);
        var kernels = grid * width * (blocks + trunkInputs);
        var activations = 8 * trunkBatch * width * positions * (blocks + 1);
        return sizeof(float) * (4 * weights + 2 * kernels + activations);
    }

    static double Positions(DatasetInfo data) => data.Shape.Aggregate(1.0, (p, n) => p * n);

    static (double? Bytes, string Source) Limit(string? configured)
    {
        if (configured is null) return (AvailableMemory.Bytes(), "the memory available on this machine");
        if (configured.Trim().Equals("none", StringComparison.OrdinalIgnoreCase)) return (null, "");
        var match = SizePattern().Match(configured.Trim());
        if (!match.Success)
            throw InvalidInputException.ForKey(ConfigurationKeys.Search.MemoryLimit, $"'{configured}' is not a memory size", "Give bytes with an optional unit (512MB, 16GB, 1.5TB; binary units) or none to skip the check");
        var unit = match.Groups["unit"].Value.ToUpperInvariant();
        var scale = unit.Length == 0 ? 1 : Math.Pow(1024, "BKMGT".IndexOf(unit[0], StringComparison.Ordinal));
        return (double.Parse(match.Groups["value"].Value, CultureInfo.InvariantCulture) * scale, ConfigurationKeys.Search.MemoryLimit);
    }

    static string Size(double bytes) => bytes >= 1 << 30
        ? string.Create(CultureInfo.InvariantCulture, $"{bytes / (1 << 30):0.#} GiB")
        : string.Create(CultureInfo.InvariantCulture, $"{bytes / (1 << 20):0.#} MiB");

    [GeneratedRegex(@"^(?<value>\d+(\.\d+)?)\s*(?<unit>[KMGT]i?B?|B)?$", RegexOptions.IgnoreCase)]
    private static partial Regex SizePattern();
}
