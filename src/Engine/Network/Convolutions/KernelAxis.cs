using DNArch.Abstractions.Masks;
using static TorchSharp.torch;

namespace DNArch.Engine.Network;

/// <summary>
/// One spatial dimension of a continuous kernel: the grid <c>linspace(-1, 1, L)</c> of <see cref="Axis"/> and either
/// a mask that learns the window kept on it, or a fixed window of <c>fixedCount</c> points (centred, or ending at the
/// present for causal kernels).
/// </summary>
sealed class KernelAxis(MaskAxis axis, Mask? mask, int fixedCount)
{
    public MaskAxis Axis { get; } = axis;

    public Mask? Mask { get; } = mask;

    bool Causal => Axis.Kind == AxisKind.CausalKernel;

    /// <summary>The window the realised network keeps (no gradient).</summary>
    public (int Start, int Count) ActiveWindow() => Aligned(Mask?.ActiveWindow().Count ?? fixedCount);

    /// <summary>The grid window [Start, Start + Count) the kernel is generated on: all of a masked grid when not cropping.</summary>
    public (int Start, int Count) Window(CropSwitch crop) =>
        crop.Enabled || Mask is null ? ActiveWindow() : (0, Axis.Length);

    /// <summary>
    /// Grid coordinates of the window. Computed from the window's indices, so the cropped kernel samples exactly the
    /// points of the full grid.
    /// </summary>
    public Tensor Coordinates((int Start, int Count) window) =>
        arange(window.Start, window.Start + window.Count, dtype: ScalarType.Float32) * (float)Axis.Step - 1f;

    /// <summary>Mask values on the window, null when the kernel size is not learned.</summary>
    public Tensor? Values((int Start, int Count) window)
    {
        if (Mask is null) return null;
        using var distances = Axis.Distances(window.Start, window.Count);
        return Mask.forward(distances);
    }

    /// <summary>Kernel points along this dimension as a float64 scalar, continuous for estimates.</summary>
    public Tensor Size(CostMode mode) => mode switch
    {
        CostMode.Estimate when Mask is not null => Mask.ContinuousCount().to(ScalarType.Float64),
        CostMode.Supernet when Mask is not null => tensor((double)Axis.Length),
        _ => tensor((double)ActiveWindow().Count),
    };

    // A causal window ends at the present; a centred one is symmetric about the grid's centre, which needs a count of
    // the grid's parity (so the smallest centred kernel on an even grid has two points).
    (int Start, int Count) Aligned(int count)
    {
        if (Causal) return (Axis.Length - count, count);
        if ((Axis.Length - count) % 2 != 0) count++;
        return ((Axis.Length - count) / 2, count);
    }
}
