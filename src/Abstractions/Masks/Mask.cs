using TorchSharp;
using static TorchSharp.torch;

namespace DNArch.Abstractions.Masks;

/// <summary>
/// A learnable mask over one <see cref="MaskAxis"/>: <c>forward(distances)</c> gives values in [0, 1] that do not
/// increase with the distance. Every parameter of a mask is an architecture parameter.
/// </summary>
public abstract class Mask(string name, MaskAxis axis) : nn.Module<Tensor, Tensor>(name)
{
    /// <summary>The axis the mask covers, whose positions and distances its values are for.</summary>
    public MaskAxis Axis { get; } = axis;

    /// <summary>
    /// The distance at which the mask falls to its threshold, as a differentiable scalar. Positions at or within
    /// it are active; the rest are removed from computation.
    /// </summary>
    public abstract Tensor Radius();

    /// <summary>
    /// The window of active positions [Start, Start + Count) along the axis (no gradient): those whose distance is at
    /// most <see cref="Radius"/>. It always holds at least the position nearest the origin.
    /// </summary>
    public (int Start, int Count) ActiveWindow()
    {
        double r;
        using (no_grad())
        using (var radius = Radius())
            r = radius.item<float>() + 1e-6;
        int first = -1, last = -1, nearest = 0;
        for (var i = 0; i < Axis.Length; i++)
        {
            if (Axis.Distance(i) < Axis.Distance(nearest)) nearest = i;
            if (Axis.Distance(i) > r) continue;
            if (first < 0) first = i;
            last = i;
        }
        return first < 0 ? (nearest, 1) : (first, last - first + 1);
    }

    /// <summary>Number of active positions (no gradient).</summary>
    public int ActiveCount() => ActiveWindow().Count;

    /// <summary>
    /// The number of active positions as a continuous, differentiable quantity (for budgets), between 1 and
    /// <see cref="MaskAxis.Length"/>: the realised count averaged over the fraction of the radius in steps u, so that
    /// estimates sit neither above nor below the realised network on average. A centred kernel keeps ⌊u⌋ positions
    /// each side of its centre (⌊u + ½⌋ pairs on an even grid), 2u on average; other axes keep positions 0..⌊u⌋,
    /// u + ½ on average (for a sigmoid mask, ñ + ½ with ñ = N·(μ + ln((1-T)/T)/τ)). The last step has no upper end to
    /// average over: the whole axis is kept from the radius <see cref="MaskAxis.MaxDistance"/> on, so the count rises
    /// to the length there, steeply from the middle of the step below (else a block of a depth mask at full depth
    /// would be charged between half and all of its cost while it is computed whole). Above the length the value
    /// stays at the length but the gradient passes (straight-through): a mask that starts covering the whole axis
    /// still feels a budget's pull.
    /// </summary>
    public Tensor ContinuousCount()
    {
        var perStep = Radius() / Axis.Step;
        // Mean realised count at u steps: 2u centred, u + ½ otherwise.
        var (scale, offset) = Axis.Kind == AxisKind.CentredKernel ? (2.0, 0.0) : (1.0, 0.5);
        var count = scale * perStep + offset;
        var top = Axis.MaxDistance / Axis.Step;
        var middle = top - 0.5;
        var below = scale * middle + offset;
        var last = below + (perStep - middle) * ((Axis.Length - below) / (top - middle));
        var atLeastOne = maximum(count, last).clamp_min(1);
        return atLeastOne - (atLeastOne - Axis.Length).clamp_min(0).detach();
    }
}
