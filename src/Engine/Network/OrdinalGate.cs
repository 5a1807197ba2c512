using DNArch.Abstractions.Masks;
using static TorchSharp.torch;

namespace DNArch.Engine.Network;

/// <summary>
/// A count learned by a mask over an <see cref="AxisKind.Ordinal"/> axis (channels of a layer, blocks of the network),
/// or fixed at <see cref="Maximum"/> when the dimension is not learned (<see cref="Mask"/> null).
/// </summary>
sealed class OrdinalGate(Mask? mask, int maximum, int minimum)
{
    const double Inside = 1e-4;

    public Mask? Mask { get; } = mask;

    public int Maximum { get; } = maximum;

    /// <summary>Kept elements: the mask's active count, at least the minimum (no gradient).</summary>
    public int Active => Mask is null ? Maximum : Math.Clamp(Mask.ActiveCount(), Math.Min(minimum, Maximum), Maximum);

    /// <summary>Elements computed: the active ones when cropping, all of them otherwise.</summary>
    public int Computed(CropSwitch crop) => crop.Enabled ? Active : Maximum;

    /// <summary>Mask values of the first <paramref name="count"/> elements <c>[count]</c>, null when not learned.</summary>
    public Tensor? Values(int count) => Mask is null ? null : Values(Mask, count);

    /// <summary>
    /// The count as a float64 scalar. Estimates are the mask's continuous count (<see cref="Mask.ContinuousCount"/>)
    /// less a hair (<see cref="Inside"/>), so that a mask initialised to the whole axis sits inside the clamp and keeps
    /// its gradient.
    /// </summary>
    public Tensor Size(CostMode mode) => mode switch
    {
        CostMode.Estimate when Mask is not null =>
            (Mask.ContinuousCount().to(ScalarType.Float64) - Inside).clamp(Math.Min(minimum, Maximum), Maximum),
        CostMode.Realised => tensor((double)Active),
        _ => tensor((double)Maximum),
    };

    static Tensor Values(Mask mask, int count)
    {
        using var distances = mask.Axis.Distances(0, count);
        return mask.forward(distances);
    }
}
