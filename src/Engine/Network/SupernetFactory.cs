using DNArch.Abstractions.Architecture;
using DNArch.Abstractions.Configuration;
using DNArch.Abstractions.Datasets;
using Microsoft.Extensions.Configuration;

namespace DNArch.Engine.Network;

/// <summary>
/// Builds networks from the <c>Search</c> configuration section, resolving every plugin by its configured name:
/// <c>Kernel:Type</c>, <c>Masks:KernelSize|Width|Depth:Type</c> (each with <c>Enabled</c>), <c>Resampling:Type</c>
/// (with <c>Enabled</c>) and the <see cref="NetworkOptions"/> of <c>Network</c>.
/// </summary>
public sealed class SupernetFactory(PluginResolver plugins)
{
    /// <summary>The learnable supernet for <paramref name="data"/>. Throws <see cref="InvalidInputException"/> on bad configuration.</summary>
    public Supernet Create(IConfiguration search, DatasetInfo data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var space = SearchSpace.Read(search, plugins, withMasks: true);
        return new NetworkAssembler(space, Dimensions(data.Shape)).Learnable(data);
    }

    /// <summary>
    /// A fixed network realising <paramref name="record"/>: no masks, sizes from the record, resamplers with fixed
    /// output sizes, the kernel generator of <paramref name="search"/>. Its parameter count is <c>record.Params</c>.
    /// </summary>
    public Supernet CreateFixed(IConfiguration search, ArchitectureRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var space = SearchSpace.Read(search, plugins, withMasks: false);
        return new NetworkAssembler(space, Dimensions(record.Io.InputSize)).Fixed(record);
    }

    static int Dimensions(IReadOnlyList<int> shape) => shape.Count is 1 or 2
        ? shape.Count
        : throw new InvalidInputException(
            $"Input examples of spatial shape [{string.Join(", ", shape)}] are not supported: sequences [length] and images [height, width] are.");
}
