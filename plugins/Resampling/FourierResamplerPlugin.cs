using DNArch.Abstractions.Configuration;
using DNArch.Abstractions.Plugins;
using DNArch.Abstractions.Resampling;
using Microsoft.Extensions.Configuration;

namespace DNArch.Plugins.Resampling;

[Plugin(PluginKind.Resampler, "fourier", "Learnable low-pass mask in the Fourier domain; crops the spectrum (downsampling)", Options = typeof(FourierResamplerOptions))]
public sealed class FourierResamplerPlugin : IResamplerPlugin
{
    public Resampler Create(ResamplerSpec spec, IConfiguration options) =>
        new FourierResampler(spec, PluginOptions.Bind<FourierResamplerOptions>(options));
}
