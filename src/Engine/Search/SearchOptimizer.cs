using DNArch.Engine.Network;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace DNArch.Engine.Search;

/// <summary>
/// AdamW with two parameter groups (method.md §6): the weights, with weight decay, and the architecture parameters
/// (masks, cut-offs), with their own learning rate and no weight decay.
/// </summary>
public sealed class SearchOptimizer : IDisposable
{
    readonly TrainingOptions options;

    public SearchOptimizer(Supernet network, TrainingOptions options)
    {
        ArgumentNullException.ThrowIfNull(network);
        this.options = options ?? throw new ArgumentNullException(nameof(options));
        Weights = new AdamW.ParamGroup(network.WeightParameters(), lr: options.LearningRate, weight_decay: options.WeightDecay);
        var groups = new List<AdamW.ParamGroup> { Weights };
        if (network.ArchitectureParameters().Count > 0)
        {
            Architecture = new AdamW.ParamGroup(network.ArchitectureParameters(), lr: options.ArchitectureLearningRate, weight_decay: 0);
            groups.Add(Architecture);
        }
        Optimizer = optim.AdamW(groups, lr: options.LearningRate);
    }

    public AdamW Optimizer { get; }

    public AdamW.ParamGroup Weights { get; }

    /// <summary>Null for a fixed network, which has no architecture parameters.</summary>
    public AdamW.ParamGroup? Architecture { get; }

    /// <summary>Sets this step's learning rates; the architecture stands still while frozen.</summary>
    public void Schedule(double factor, bool architectureFrozen)
    {
        Weights.LearningRate = options.LearningRate * factor;
        if (Architecture is not null)
            Architecture.LearningRate = architectureFrozen ? 0 : options.ArchitectureLearningRate * factor;
    }

    public void Dispose() => Optimizer.Dispose();
}
