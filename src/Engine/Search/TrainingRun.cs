using DNArch.Abstractions.Datasets;
using DNArch.Engine.Network;
using DNArch.Engine.Runs;
using static TorchSharp.torch;

namespace DNArch.Engine.Search;

/// <summary>Everything one training run needs: a search (supernet and maybe a budget) or a retraining (fixed network).</summary>
public sealed record TrainingRun(
    RunDirectory Directory,
    Supernet Network,
    IDataset Data,
    TaskObjective Objective,
    SearchOptions Options,
    ComplexityBudget? Budget,
    Device Device,
    bool Resume);
