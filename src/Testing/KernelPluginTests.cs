using DNArch.Abstractions.Plugins;
using DNArch.Abstractions.Kernels;

namespace DNArch.Plugins.Testing;

/// <summary>
/// The conformance tests of a kernel plugin: <c>public class MyKernelTests : KernelPluginTests&lt;MyKernelPlugin&gt;;</c>,
/// overriding <see cref="PluginTests{TPlugin}.Settings"/> to test other options than the defaults.
/// </summary>
public abstract class KernelPluginTests<TPlugin>() : ModulePluginTests<TPlugin>(PluginKind.Kernel) where TPlugin : class, IKernelPlugin, new();
