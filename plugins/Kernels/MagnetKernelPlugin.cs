using DNArch.Abstractions.Configuration;
using DNArch.Abstractions.Kernels;
using DNArch.Abstractions.Plugins;
using Microsoft.Extensions.Configuration;

namespace DNArch.Plugins.Kernels;

[Plugin(PluginKind.Kernel, "magnet", "MAGNet: multiplicative anisotropic Gabor network over kernel coordinates (CCNN)", Options = typeof(MagnetKernelOptions))]
public sealed class MagnetKernelPlugin : IKernelPlugin
{
    public KernelGenerator Create(KernelSpec spec, IConfiguration options) =>
        new MagnetKernel(spec, PluginOptions.Bind<MagnetKernelOptions>(options));
}
