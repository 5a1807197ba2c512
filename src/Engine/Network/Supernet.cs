using DNArch.Abstractions.Architecture;
using DNArch.Abstractions.Budgets;
using DNArch.Abstractions.Masks;
using DNArch.Abstractions.Resampling;
using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace DNArch.Engine.Network;

/// <summary>
/// The CCNN backbone with learnable architecture: stem, residual blocks (kernel size, width and resampling learned
/// per block, depth by one mask over the blocks) and a classification or dense-prediction head. Forward computes
/// only the realised network: kernels on their active window, active channels, active blocks, cropped spectra.
/// A fixed network (<see cref="SupernetFactory.CreateFixed"/>) is the same class with no masks.
/// </summary>
public sealed class Supernet : nn.Module<Tensor, Tensor>
{
    readonly NetworkIo io;
    readonly Stem stem;
    readonly IReadOnlyList<ResidualBlock> blocks;
    readonly OrdinalGate depth;
    readonly OutputHead head;
    readonly CropSwitch crop;
    readonly KernelCache kernels;
    readonly int encodings;

    /// <param name="encodings">Parts of each example's input channels the trunk encodes one by one (the head plugin's).</param>
    internal Supernet(NetworkIo io, Stem stem, IReadOnlyList<ResidualBlock> blocks, OrdinalGate depth, OutputHead head,
        CropSwitch crop, KernelCache kernels, int encodings) : base(nameof(Supernet))
    {
        this.io = io;
        this.encodings = encodings;
        this.stem = stem;
        this.blocks = blocks.ToArray();
        this.depth = depth;
        this.head = head;
        this.crop = crop;
        this.kernels = kernels;
        register_module("stem", stem);
        register_module("blocks", new ModuleList<ResidualBlock>(this.blocks.ToArray()));
        if (depth.Mask is { } mask) register_module("depth_mask", mask);
        register_module("head", head);
    }

    public NetworkIo Io => io;

    /// <summary>Off: compute the masked full network instead of the cropped one (for tests of cropping).</summary>
    internal bool Cropping
    {
        get => crop.Enabled;
        set => crop.Enabled = value;
    }

    /// <summary>
    /// Generates every conv's kernels once and reuses them until the returned scope is disposed: for evaluations, where
    /// weights and masks stay as they are. Only without gradients (inside <c>no_grad()</c>).
    /// </summary>
    public IDisposable FixKernels() => kernels.Fix();

    /// <summary>Recompute each block's forward in the backward instead of keeping its activations (<see cref="BlockCheckpoint"/>).</summary>
    internal bool Checkpointing { get; set; }

    public override Tensor forward(Tensor input)
    {
        ArgumentNullException.ThrowIfNull(input);
        using var scope = NewDisposeScope();
        var (x, active) = stem.forward(Encodings(input));
        var computed = depth.Computed(crop);
        var gates = depth.Values(computed);
        for (var l = 0; l < computed; l++)
            (x, active) = Checkpointing
                ? BlockCheckpoint.Forward(blocks[l], x, active, gates?[l], resample: l < depth.Active)
                : blocks[l].forward(x, active, gates?[l], resample: l < depth.Active);
        return head.forward(x, active, io.InputSize).MoveToOuterDisposeScope();
    }

    /// <summary>
    /// <c>[B, E·C, *n]</c> to the trunk's batch <c>[E·B, C, *n]</c>: the E parts of the channels, part e of example b at
    /// row <c>e·B + b</c>, so one pass of the shared trunk encodes them all.
    /// </summary>
    Tensor Encodings(Tensor input)
    {
        if (encodings == 1) return input;
        long[] parts = [input.shape[0], encodings, input.shape[1] / encodings, .. input.shape.Skip(2)];
        return input.view(parts).transpose(0, 1).flatten(0, 1);
    }

    /// <summary>Every mask and resampler parameter, nothing else.</summary>
    public IReadOnlyList<Parameter> ArchitectureParameters() =>
        ArchitectureModules().SelectMany(m => m.parameters()).ToList();

    /// <summary>The mask or resampler parameters of one learnable dimension.</summary>
    public IReadOnlyList<Parameter> ArchitectureParameters(ArchitectureDimension dimension)
    {
        IEnumerable<nn.Module> modules = dimension switch
        {
            ArchitectureDimension.KernelSize => stem.Conv.Masks.Concat(blocks.SelectMany(b => b.Conv.Masks)),
            ArchitectureDimension.Width => blocks.Select(b => b.Width.Mask).Prepend(stem.Width.Mask).OfType<Mask>(),
            ArchitectureDimension.Depth => depth.Mask is { } mask ? [mask] : [],
            ArchitectureDimension.Resolution => blocks.Select(b => b.Resampler).OfType<Resampler>(),
            _ => throw new ArgumentOutOfRangeException(nameof(dimension), dimension, null),
        };
        return modules.SelectMany(m => m.parameters()).ToList();
    }

    /// <summary>The kernel generators' parameters, every conv's (all of them weights, none architecture).</summary>
    public IReadOnlyList<Parameter> KernelGeneratorParameters() =>
        blocks.Select(b => (ContinuousConvolution)b.Conv).Prepend(stem.Conv).SelectMany(c => c.Generator.parameters()).ToList();

    /// <summary>Every parameter that is not an architecture parameter.</summary>
    public IReadOnlyList<Parameter> WeightParameters()
    {
        var architecture = ArchitectureParameters().Select(p => p.Handle).ToHashSet();
        return parameters().Where(p => !architecture.Contains(p.Handle)).ToList();
    }

    /// <summary>The network's layers priced at the sizes of <paramref name="mode"/>; see <see cref="CostSheet"/> for the formulas.</summary>
    public IReadOnlyList<LayerCost> Costs(CostMode mode)
    {
        var sheet = new CostSheet(mode, encodings);
        var inputSpatial = io.InputSize.Select(n => tensor((double)n)).ToArray();
        var spatial = inputSpatial;
        var channels = stem.Costs(sheet, tensor((double)io.InputChannels / encodings), spatial);
        for (var l = 0; l < blocks.Count; l++)
        {
            if (DepthGate(l, mode) is not { } gate) continue;
            (channels, spatial) = blocks[l].Costs(sheet, gate, channels, spatial);
        }
        head.Costs(sheet, channels, spatial, inputSpatial);
        return sheet.Layers;
    }

    /// <summary>The architecture now: no metrics or best epoch yet.</summary>
    public ArchitectureRecord Record() => new ArchitectureReader(this).Read();

    internal Stem Stem => stem;

    internal IReadOnlyList<ResidualBlock> Blocks => blocks;

    internal OrdinalGate Depth => depth;

    internal OutputHead Head => head;

    IEnumerable<nn.Module> ArchitectureModules() =>
        stem.Masks.Cast<nn.Module>()
            .Concat(blocks.SelectMany(b => b.ArchitectureModules))
            .Concat(depth.Mask is { } mask ? [mask] : []);

    // 1 for a block that runs, continuous for estimates (block l counts fully once the depth estimate passes l + 1),
    // null for a block the realised network skips.
    Tensor? DepthGate(int block, CostMode mode) => mode switch
    {
        CostMode.Estimate when depth.Mask is not null => (depth.Size(mode) - block).clamp(0, 1),
        CostMode.Realised when block >= depth.Active => null,
        _ => CostSheet.One,
    };
}
