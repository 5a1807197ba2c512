namespace DNArch.Tests;

/// <summary>
/// Tests that use TorchSharp share libtorch's native state (thread pools, default dtype, RNG): they run one at a
/// time in this collection.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TorchCollection
{
    public const string Name = "torch";
}
