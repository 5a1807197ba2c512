using DNArch.Engine.Network;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace DNArch.Engine.Search;

/// <summary>
/// AdamW with parameter groups (docs/method.md, "Training"): the weights, with weight decay, and the architecture parameters
/// (masks, cut-offs), with their own learning rate and no weight decay. A dimension given a rate of its own
/// (<see cref="TrainingOptions.ArchitectureLearningRates"/>) gets a group of its own; the other dimensions share one.
/// With <see cref="TrainingOptions.KernelWeightDecay"/> set, the kernel generators' weights form a group of their own.
/// </summary>
public sealed class SearchOptimizer : IDisposable
{
    readonly TrainingOptions options;
    readonly List<(AdamW.ParamGroup Group, double Rate)> architecture = [];

    public SearchOptimizer(Supernet network, TrainingOptions options)
    {
        ArgumentNullException.ThrowIfNull(network);
        this.options = options ?? throw new ArgumentNullException(nameof(options));
        // Only a set kernel decay adds a group, so checkpoints of runs without one still load.
        var kernelParameters = options.KernelWeightDecay is null ? [] : network.KernelGeneratorParameters();
        var kernelHandles = kernelParameters.Select(p => p.Handle).ToHashSet();
        Weights = new AdamW.ParamGroup(network.WeightParameters().Where(p => !kernelHandles.Contains(p.Handle)),
            lr: options.LearningRate, weight_decay: options.WeightDecay);
        if (kernelParameters.Count > 0)
            KernelWeights = new AdamW.ParamGroup(kernelParameters, lr: options.LearningRate, weight_decay: options.KernelWeightDecay!.Value);
        var own = new HashSet<IntPtr>();
        foreach (var dimension in Enum.GetValues<ArchitectureDimension>())
        {
            var parameters = network.ArchitectureParameters(dimension);
            if (options.ArchitectureLearningRates.For(dimension) is not { } rate || parameters.Count == 0) continue;
            AddArchitectureGroup(parameters, rate);
            own.UnionWith(parameters.Select(p => p.Handle));
        }
        // The shared group keeps the network's own order, so checkpoints of runs without per-dimension rates still load.
        var shared = network.ArchitectureParameters().Where(p => !own.Contains(p.Handle)).ToList();
        if (shared.Count > 0) AddArchitectureGroup(shared, options.ArchitectureLearningRate);
        Optimizer = optim.AdamW(KernelWeights is null ? [Weights, .. ArchitectureGroups] : [Weights, KernelWeights, .. ArchitectureGroups],
            lr: options.LearningRate);
    }

    public AdamW Optimizer { get; }

    /// <summary>The weights, less the kernel generators' when those have a group of their own.</summary>
    public AdamW.ParamGroup Weights { get; }

    /// <summary>The kernel generators' weights when <see cref="TrainingOptions.KernelWeightDecay"/> is set; else null.</summary>
    public AdamW.ParamGroup? KernelWeights { get; }

    /// <summary>The architecture parameters' groups; empty for a fixed network, which has none.</summary>
    public IReadOnlyList<AdamW.ParamGroup> ArchitectureGroups => architecture.Select(a => a.Group).ToList();

    /// <summary>Sets this step's learning rates; the architecture stands still while frozen.</summary>
    public void Schedule(double factor, bool architectureFrozen)
    {
        var weightRate = options.LearningRate * factor;
        Weights.LearningRate = weightRate;
        if (KernelWeights is { } kernels) kernels.LearningRate = weightRate;
        foreach (var (group, rate) in architecture)
            group.LearningRate = architectureFrozen ? 0 : rate * factor;
    }

    public void Dispose() => Optimizer.Dispose();

    void AddArchitectureGroup(IReadOnlyList<Parameter> parameters, double rate) =>
        architecture.Add((new AdamW.ParamGroup(parameters, lr: rate, weight_decay: 0), rate));
}
