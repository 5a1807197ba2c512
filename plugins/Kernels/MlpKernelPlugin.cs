using DNArch.Abstractions.Configuration;
using DNArch.Abstractions.Kernels;
using DNArch.Abstractions.Plugins;
using Microsoft.Extensions.Configuration;

namespace DNArch.Plugins.Kernels;

[Plugin(PluginKind.Kernel, "mlp", "Multilayer perceptron over kernel coordinates (CKConv), GELU or ReLU", Options = typeof(MlpKernelOptions))]
public sealed class MlpKernelPlugin : IKernelPlugin
{
    public KernelGenerator Create(KernelSpec spec, IConfiguration options) =>
        new MlpKernel(spec, PluginOptions.Bind<MlpKernelOptions>(options));
}
