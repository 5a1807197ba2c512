using Microsoft.Extensions.Configuration;

namespace DNArch.Abstractions.Kernels;

/// <summary>A kind of kernel generator network (MLP, SIREN, ...). Export it with <c>[Plugin(PluginKind.Kernel, "name", "...")]</c>.</summary>
public interface IKernelPlugin
{
    /// <summary>Creates a generator. <paramref name="options"/> is the plugin's configuration section; validate it here.</summary>
    KernelGenerator Create(KernelSpec spec, IConfiguration options);
}
