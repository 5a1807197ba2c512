using Microsoft.Extensions.Configuration;

namespace DNArch.Abstractions.Masks;

/// <summary>A kind of learnable mask (Gaussian, sigmoid, ...). Export it with <c>[Plugin(PluginKind.Mask, "name", "...")]</c>.</summary>
public interface IMaskPlugin
{
    /// <summary>Creates the mask of one axis. <paramref name="options"/> is the plugin's configuration section; validate it here.</summary>
    Mask Create(MaskAxis axis, IConfiguration options);
}
