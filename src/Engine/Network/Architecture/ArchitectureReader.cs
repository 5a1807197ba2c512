using DNArch.Abstractions.Architecture;
using DNArch.Abstractions.Budgets;
using static TorchSharp.torch;

namespace DNArch.Engine.Network;

/// <summary>Reads a <see cref="Supernet"/>'s realised architecture and its exact costs into an <see cref="ArchitectureRecord"/>.</summary>
sealed class ArchitectureReader(Supernet network)
{
    public ArchitectureRecord Read()
    {
        using var scope = NewDisposeScope();
        var realised = network.Costs(CostMode.Realised);
        var supernet = network.Costs(CostMode.Supernet);
        var depth = network.Depth.Active;
        var size = network.Io.InputSize.ToArray();
        var blocks = new List<BlockRecord>();
        foreach (var block in network.Blocks)
        {
            var active = block.Index < depth;
            var output = active ? block.OutputSize(size) : size;
            blocks.Add(new BlockRecord
            {
                Index = block.Index,
                Active = active,
                KernelSize = block.Conv.KernelSize,
                MaxKernelSize = block.Conv.Axes.Select(a => a.Axis.Length).ToArray(),
                Width = block.Width.Active,
                MaxWidth = block.Width.Maximum,
                InputSize = size,
                OutputSize = output,
            });
            size = output;
        }
        return new ArchitectureRecord
        {
            Depth = depth,
            MaxDepth = network.Depth.Maximum,
            Blocks = blocks,
            Params = Sum(realised, c => c.Params),
            Macs = Sum(realised.Where(c => c.PerExample), c => c.Macs),
            MaxParams = Sum(supernet, c => c.Params),
            MaxMacs = Sum(supernet.Where(c => c.PerExample), c => c.Macs),
            KernelMacs = Sum(realised.Where(c => !c.PerExample), c => c.Macs),
            Io = network.Io,
            StemKernelSize = network.Stem.Conv.KernelSize,
            StemMaxKernelSize = network.Stem.Conv.Axes.Select(a => a.Axis.Length).ToArray(),
            StemWidth = network.Stem.Width.Active,
        };
    }

    static long Sum(IEnumerable<LayerCost> layers, Func<LayerCost, Tensor> value) =>
        (long)Math.Round(layers.Sum(l => value(l).item<double>()));
}
