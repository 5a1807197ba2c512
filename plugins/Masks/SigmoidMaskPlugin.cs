using DNArch.Abstractions.Configuration;
using DNArch.Abstractions.Masks;
using DNArch.Abstractions.Plugins;
using Microsoft.Extensions.Configuration;

namespace DNArch.Plugins.Masks;

[Plugin(PluginKind.Mask, "sigmoid", "Decreasing sigmoid over normalised index with learnable offset (width, depth)", Options = typeof(SigmoidMaskOptions))]
public sealed class SigmoidMaskPlugin : IMaskPlugin
{
    public Mask Create(MaskAxis axis, IConfiguration options) =>
        new SigmoidMask(axis, PluginOptions.Bind<SigmoidMaskOptions>(options));
}
