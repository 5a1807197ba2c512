using DNArch.Abstractions.Masks;
using DNArch.Plugins.Sdk.Masks;
using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace DNArch.Plugins.Masks;

/// <summary>
/// <c>m(d) = sigmoid(τ·(μ - d))</c> over the distance from the axis origin (the normalised index i/N of channels
/// or blocks); the offset μ is learnable, the temperature τ optionally. Its threshold radius is
/// <c>μ + ln((1-T)/T)/τ</c>, so the continuous size is <c>N·(μ + ln((1-T)/T)/τ)</c>.
/// </summary>
public sealed class SigmoidMask : Mask
{
    readonly double margin;
    readonly Tensor fixedTemperature;

    public SigmoidMask(MaskAxis axis, SigmoidMaskOptions options) : base(nameof(SigmoidMask), axis)
    {
        ArgumentNullException.ThrowIfNull(options);
        margin = SigmoidThreshold.Margin(options.Threshold);
        // Start so that the threshold radius sits InitialSize of the way along the axis (just past its end for 1).
        var radius = options.InitialSize * (axis.MaxDistance + axis.Step / 2);
        Offset = new Parameter(tensor((float)(radius - margin / options.Temperature)));
        register_parameter("offset", Offset);
        fixedTemperature = tensor((float)options.Temperature);
        register_buffer("fixed_temperature", fixedTemperature, persistent: false);
        if (options.LearnTemperature)
        {
            Temperature = new Parameter(tensor((float)options.Temperature));
            register_parameter("temperature", Temperature);
        }
    }

    public Parameter Offset { get; }

    /// <summary>Set when the temperature is learned.</summary>
    public Parameter? Temperature { get; }

    Tensor Tau => Temperature is null ? fixedTemperature : (Tensor)Temperature;

    public override Tensor forward(Tensor distances) => sigmoid(Tau * (Offset - distances));

    public override Tensor Radius() => Offset + margin / Tau;
}
