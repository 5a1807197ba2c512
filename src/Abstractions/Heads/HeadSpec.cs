using DNArch.Abstractions.Datasets;

namespace DNArch.Abstractions.Heads;

/// <summary>What a head reads and must produce.</summary>
/// <param name="Features">
/// Most features the trunk reads out per encoding (per position for dense prediction); fewer are present when the
/// learned width is smaller.
/// </param>
/// <param name="Outputs">Classes for classification; target channels for dense prediction.</param>
public sealed record HeadSpec(TaskKind Task, int Features, int Outputs);
