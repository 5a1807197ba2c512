using TorchSharp;
using static TorchSharp.torch;

namespace DNArch.Abstractions.Masks;

/// <summary>How the positions of an axis are measured from the axis origin, where a mask is largest.</summary>
public enum AxisKind
{
    /// <summary>Channels or blocks: position i of N is at distance i/N.</summary>
    Ordinal,
    /// <summary>A centred kernel axis on linspace(-1, 1, N): distance |x|.</summary>
    CentredKernel,
    /// <summary>A causal kernel axis on linspace(-1, 1, N), the present at x = 1: distance 1 - x.</summary>
    CausalKernel,
}

/// <summary>
/// One axis a mask acts on: <see cref="Length"/> positions at known distances from the origin.
/// Masks are non-increasing in the distance, so the positions a mask keeps always form one window around the origin.
/// </summary>
public sealed record MaskAxis(AxisKind Kind, int Length)
{
    /// <summary>Distance between neighbouring positions.</summary>
    public double Step => Kind switch
    {
        AxisKind.Ordinal => 1.0 / Length,
        _ => Length > 1 ? 2.0 / (Length - 1) : 2.0,
    };

    /// <summary>The largest distance of any position of the axis.</summary>
    public double MaxDistance => Kind switch
    {
        AxisKind.Ordinal => (Length - 1) * Step,
        AxisKind.CentredKernel => 1.0,
        _ => 2.0,
    };

    /// <summary>Distance of position <paramref name="index"/> from the origin.</summary>
    public double Distance(int index) => Kind switch
    {
        AxisKind.Ordinal => index * Step,
        AxisKind.CentredKernel => Math.Abs(-1.0 + index * Step),
        _ => 1.0 - (-1.0 + index * Step),
    };

    /// <summary>Distances of positions [start, start + count) as a float tensor.</summary>
    public Tensor Distances(int start, int count, Device? device = null)
    {
        var values = new float[count];
        for (var i = 0; i < count; i++) values[i] = (float)Distance(start + i);
        return torch.tensor(values, device: device);
    }
}
