using DNArch.Abstractions.Configuration;
using DNArch.Abstractions.Masks;
using DNArch.Abstractions.Plugins;
using Microsoft.Extensions.Configuration;

namespace DNArch.Plugins.Masks;

[Plugin(PluginKind.Mask, "gaussian", "Gaussian over kernel coordinates with learnable σ per spatial dimension (kernel size)", Options = typeof(GaussianMaskOptions))]
public sealed class GaussianMaskPlugin : IMaskPlugin
{
    public Mask Create(MaskAxis axis, IConfiguration options) =>
        new GaussianMask(axis, PluginOptions.Bind<GaussianMaskOptions>(options));
}
