using DNArch.Abstractions.Masks;
using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace DNArch.Plugins.Masks;

/// <summary>
/// <c>m(d) = exp(-½ d² / σ²)</c> over the distance from the axis origin (centre of a centred kernel, the present
/// of a causal one); σ is learnable. Its threshold radius is <c>σ·√(-2 ln T)</c>.
/// </summary>
public sealed class GaussianMask : Mask
{
    readonly double rootFactor;

    public GaussianMask(MaskAxis axis, GaussianMaskOptions options) : base(nameof(GaussianMask), axis)
    {
        ArgumentNullException.ThrowIfNull(options);
        rootFactor = Math.Sqrt(-2 * Math.Log(options.Threshold));
        // InitialSize is the fraction of the axis the mask keeps at the start. The radius reaches half a step past it,
        // where the continuous count equals the realised one (just past the axis's end for 1).
        var sigma = options.InitialSigma ?? options.InitialSize * (axis.MaxDistance + axis.Step / 2) / rootFactor;
        Sigma = new Parameter(tensor((float)sigma));
        register_parameter("sigma", Sigma);
    }

    public Parameter Sigma { get; }

    public override Tensor forward(Tensor distances) => exp(-0.5 * (distances / Sigma).square());

    public override Tensor Radius() => Sigma.abs() * rootFactor;
}
