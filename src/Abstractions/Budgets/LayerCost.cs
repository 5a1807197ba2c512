using static TorchSharp.torch;

namespace DNArch.Abstractions.Budgets;

/// <summary>The kind of work a layer does, so that a complexity metric can weigh its costs by kind.</summary>
public enum LayerOp
{
    /// <summary>Evaluating a kernel generator on the kernel's positions.</summary>
    KernelGenerator,
    /// <summary>Depthwise conv by a direct grouped convolution.</summary>
    DepthwiseDirect,
    /// <summary>Depthwise conv through the FFT.</summary>
    DepthwiseFft,
    /// <summary>Channel mixing: pointwise convs and linear layers.</summary>
    Dense,
    /// <summary>Normalisation.</summary>
    Norm,
    /// <summary>Fourier resampling.</summary>
    Resample,
}

/// <summary>
/// One layer of a network as complexity metrics see it. Sizes are scalar tensors: continuous (with gradient) for
/// estimates, integer-valued constants for exact counts of the realised network.
/// </summary>
/// <param name="Block">Residual block the layer belongs to, -1 for stem and head.</param>
/// <param name="Params">Learnable parameters of the layer.</param>
/// <param name="Macs">
/// Multiply-accumulates for one example; for a <see cref="LayerOp.KernelGenerator"/>, for one forward pass (see
/// <see cref="PerExample"/>).
/// </param>
/// <param name="Activations">Output elements for one example.</param>
public sealed record LayerCost(string Name, int Block, LayerOp Op, Tensor Params, Tensor Macs, Tensor Activations)
{
    /// <summary>
    /// Whether <see cref="Macs"/> are paid per example. A kernel generator runs once per forward pass, whatever the
    /// batch, and a trained network's kernels can be generated once and kept: its MACs are not a per-example cost.
    /// </summary>
    public bool PerExample => Op != LayerOp.KernelGenerator;
}
