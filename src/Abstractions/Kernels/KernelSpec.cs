namespace DNArch.Abstractions.Kernels;

/// <summary>What a kernel generator must produce.</summary>
/// <param name="Dimensions">Coordinates per position: 1 for sequences, 2 for images.</param>
/// <param name="OutputChannels">Kernel values per position (the channels of a depthwise conv).</param>
/// <param name="OutputScale">
/// Factor for the output layer's initial weights, √(1/kernel numel) for a depthwise conv, so that the conv's
/// initial output has unit variance.
/// </param>
/// <param name="GridPoints">
/// Points per dimension of the kernel grid the generator is sampled on, over [-1, 1] (the largest kernel); generators
/// scale their initial frequencies to it. Null when the caller has no grid.
/// </param>
public sealed record KernelSpec(int Dimensions, int OutputChannels, double OutputScale, int? GridPoints = null);
