using System.ComponentModel.DataAnnotations;
using DNArch.Abstractions.Masks;
using DNArch.Abstractions.Plugins;
using DNArch.Plugins.Sdk.Configuration;
using Microsoft.Extensions.Configuration;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace MyLab.Plugins;

/// <summary>Options of the <c>ramp</c> mask, under the section that selects it (e.g. <c>Search:Masks:KernelSize</c>).</summary>
public sealed class RampMaskOptions : PluginOptions
{
    /// <summary>The mask value below which a position is cropped.</summary>
    [Range(1e-6, 0.5)]
    public double Threshold { get; set; } = 0.1;
}

/// <summary>m(d) = clamp(1 - d / w, 0, 1) with a learnable width w; m ≥ T up to d = w·(1 - T).</summary>
public sealed class RampMask : Mask
{
    readonly double threshold;

    public RampMask(MaskAxis axis, RampMaskOptions options) : base(nameof(RampMask), axis)
    {
        threshold = options.Threshold;
        // Start with the whole axis active.
        Width = new Parameter(tensor((float)((axis.MaxDistance + axis.Step) / (1 - threshold))));
        register_parameter("width", Width);
    }

    public Parameter Width { get; }

    public override Tensor forward(Tensor distances) => (1 - distances / Width).clamp(0, 1);

    public override Tensor Radius() => Width * (1 - threshold);
}

[Plugin(PluginKind.Mask, "ramp", "Linear ramp from 1 to 0 at a learnable width (dnarch-plugin template example)")]
public sealed class RampMaskPlugin : IMaskPlugin
{
    public Mask Create(MaskAxis axis, IConfiguration options) =>
        new RampMask(axis, PluginOptions.Bind<RampMaskOptions>(options));
}
