using DNArch.Abstractions.Configuration;
using DNArch.Abstractions.Kernels;
using DNArch.Abstractions.Plugins;
using Microsoft.Extensions.Configuration;

namespace DNArch.Plugins.Kernels;

[Plugin(PluginKind.Kernel, "siren", "SIREN: sine layers sin(ω0·(Wx+b)) over kernel coordinates, linear output", Options = typeof(SirenKernelOptions))]
public sealed class SirenKernelPlugin : IKernelPlugin
{
    public KernelGenerator Create(KernelSpec spec, IConfiguration options) =>
        new SirenKernel(spec, PluginOptions.Bind<SirenKernelOptions>(options));
}
