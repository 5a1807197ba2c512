using DNArch.Abstractions.Plugins;
using DNArch.Abstractions.Resampling;

namespace DNArch.Plugins.Testing;

/// <summary>
/// The conformance tests of a resampler plugin: <c>public class MyResamplerTests : ResamplerPluginTests&lt;MyResamplerPlugin&gt;;</c>,
/// overriding <see cref="PluginTests{TPlugin}.Settings"/> to test other options than the defaults.
/// </summary>
public abstract class ResamplerPluginTests<TPlugin>() : ModulePluginTests<TPlugin>(PluginKind.Resampler) where TPlugin : class, IResamplerPlugin, new();
