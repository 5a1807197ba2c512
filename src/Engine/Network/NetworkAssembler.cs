using DNArch.Abstractions.Architecture;
using DNArch.Abstractions.Configuration;
using DNArch.Abstractions.Datasets;
using DNArch.Abstractions.Heads;
using DNArch.Abstractions.Kernels;
using DNArch.Abstractions.Masks;
using DNArch.Abstractions.Resampling;

namespace DNArch.Engine.Network;

/// <summary>Builds a <see cref="Supernet"/> from a <see cref="SearchSpace"/>: learnable at maximal size, or fixed from a record.</summary>
sealed class NetworkAssembler(SearchSpace space, int dimensions)
{
    readonly CropSwitch crop = new();
    readonly KernelCache kernels = new();
    readonly GeneratorCost generatorCost = GeneratorCost.Measure(space.Generator, dimensions);

    NetworkOptions Options => space.Network;

    public Supernet Learnable(DatasetInfo data)
    {
        var io = new NetworkIo
        {
            Task = data.Task,
            InputChannels = data.InputChannels,
            InputSize = data.Shape.ToArray(),
            OutputChannels = data.OutputChannels,
            Causal = data.Causal,
        };
        var grid = dimensions == 1 ? [data.Shape[0]] : Enumerable.Repeat(Options.KernelGrid, dimensions).ToArray();
        var width = Options.Width;
        var stem = new Stem(StemConv(EncodedChannels(io), width, LearnableAxes(grid, io.Causal)), Norm(width),
            LearnableGate(space.WidthMask, width, Options.MinWidth), crop);
        var blocks = Enumerable.Range(0, Options.Blocks).Select(l => Block(l, width, width,
            LearnableAxes(grid, io.Causal), LearnableGate(space.WidthMask, width, Options.MinWidth),
            space.Resampler?.Invoke(new ResamplerSpec(data.Shape)))).ToList();
        return Assemble(io, stem, blocks, LearnableGate(space.DepthMask, Options.Blocks, 1), width);
    }

    public Supernet Fixed(ArchitectureRecord record)
    {
        var io = record.Io;
        var stem = new Stem(StemConv(EncodedChannels(io), record.StemWidth,
                FixedAxes(record.StemMaxKernelSize, record.StemKernelSize, io.Causal)),
            Norm(record.StemWidth), new OrdinalGate(null, record.StemWidth, 1), crop);
        var stream = record.StemWidth;
        var blocks = new List<ResidualBlock>();
        foreach (var b in record.Blocks.Where(b => b.Active))
        {
            blocks.Add(Block(blocks.Count, stream, b.Width, FixedAxes(b.MaxKernelSize, b.KernelSize, io.Causal),
                new OrdinalGate(null, b.Width, 1), FixedResampler(b)));
            stream = Math.Max(stream, b.Width);
        }
        return Assemble(io, stem, blocks, new OrdinalGate(null, blocks.Count, 1), stream);
    }

    Supernet Assemble(NetworkIo io, Stem stem, List<ResidualBlock> blocks, OrdinalGate depth, int streamWidth)
    {
        var restorer = blocks.Select(b => b.Resampler).OfType<Resampler>().FirstOrDefault();
        var cells = io.Task == TaskKind.Classification ? OutputHead.Cells(Options.HeadGrid, dimensions) : 1;
        var head = new OutputHead(Norm(streamWidth), space.Head(new HeadSpec(io.Task, streamWidth * cells, io.OutputChannels)),
            io.Task, restorer, Options.HeadGrid);
        return new Supernet(io, stem, blocks, depth, head, crop, kernels, space.Encodings)
            { Checkpointing = Options.Checkpointing };
    }

    // Input channels of one encoding: the head plugin splits each example's channels into equal parts.
    int EncodedChannels(NetworkIo io) => io.InputChannels % space.Encodings == 0
        ? io.InputChannels / space.Encodings
        : throw InvalidInputException.ForKey("Search:Head:Type",
            $"the head encodes {space.Encodings} equal parts of the input channels, and the data has {io.InputChannels}",
            $"Use a head with one encoding, or data whose channel count is a multiple of {space.Encodings}");

    ResidualBlock Block(int index, int inputs, int width, KernelAxis[] axes, OrdinalGate gate, Resampler? resampler) =>
        new(index, Norm(inputs), Conv(inputs, width, axes), new ChannelMixer("linear", width, width, Options.Initialisation),
            gate, resampler, Options.Dropout, crop);

    SeparableCKConv Conv(int inputs, int outputs, KernelAxis[] axes) =>
        new("conv", Generator(inputs, axes, 1), axes, new ChannelMixer("pointwise", inputs, outputs, Options.Initialisation, MixerRole.Pointwise), generatorCost,
            Options.FftThresholdFor(dimensions), crop, kernels);

    FullCKConv StemConv(int inputs, int outputs, KernelAxis[] axes) =>
        new("conv", Generator(outputs * inputs, axes, inputs), axes, outputs, generatorCost,
            Options.FftThresholdFor(dimensions), crop, kernels);

    // Unit-variance initial output: √(1/(kernel numel · summed maps)) over the largest kernel the conv can have.
    KernelGenerator Generator(int kernels, KernelAxis[] axes, int summedMaps)
    {
        var numel = axes.Aggregate(1.0, (p, a) => p * (a.Mask is null ? a.ActiveWindow().Count : a.Axis.Length));
        var generator = space.Generator(new KernelSpec(dimensions, kernels, Math.Sqrt(1 / (numel * summedMaps)),
            axes.Max(a => a.Axis.Length)));
        generatorCost.Check(generator);
        return generator;
    }

    ChannelNorm Norm(int channels) => ChannelNorm.Create(Options.Norm, "norm", channels);

    KernelAxis[] LearnableAxes(IReadOnlyList<int> grid, bool causal) => grid.Select(length =>
    {
        var axis = new MaskAxis(causal ? AxisKind.CausalKernel : AxisKind.CentredKernel, length);
        return new KernelAxis(axis, space.KernelSizeMask?.Invoke(axis), length);
    }).ToArray();

    static KernelAxis[] FixedAxes(IReadOnlyList<int> grid, IReadOnlyList<int> size, bool causal) => grid.Select((length, d) =>
        new KernelAxis(new MaskAxis(causal ? AxisKind.CausalKernel : AxisKind.CentredKernel, length), null, size[d])).ToArray();

    static OrdinalGate LearnableGate(Func<MaskAxis, Mask>? mask, int maximum, int minimum) =>
        new(mask?.Invoke(new MaskAxis(AxisKind.Ordinal, maximum)), maximum, minimum);

    Resampler? FixedResampler(BlockRecord block)
    {
        if (block.InputSize.SequenceEqual(block.OutputSize)) return null;
        if (space.Resampler is null)
            throw InvalidInputException.ForKey("Search:Resampling:Enabled",
                $"block {block.Index} of the architecture downsamples but resampling is off", "Enable resampling to rebuild it");
        return space.Resampler(new ResamplerSpec(block.InputSize, block.OutputSize));
    }
}
