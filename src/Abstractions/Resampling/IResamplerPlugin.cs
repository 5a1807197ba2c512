using Microsoft.Extensions.Configuration;

namespace DNArch.Abstractions.Resampling;

/// <summary>A kind of learnable resampling (Fourier, ...). Export it with <c>[Plugin(PluginKind.Resampler, "name", "...")]</c>.</summary>
public interface IResamplerPlugin
{
    /// <summary>Creates the resampler of one block. <paramref name="options"/> is the plugin's configuration section.</summary>
    Resampler Create(ResamplerSpec spec, IConfiguration options);
}
