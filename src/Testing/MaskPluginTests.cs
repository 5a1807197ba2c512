using DNArch.Abstractions.Plugins;
using DNArch.Abstractions.Masks;

namespace DNArch.Plugins.Testing;

/// <summary>
/// The conformance tests of a mask plugin: <c>public class MyMaskTests : MaskPluginTests&lt;MyMaskPlugin&gt;;</c>,
/// overriding <see cref="PluginTests{TPlugin}.Settings"/> to test other options than the defaults.
/// </summary>
public abstract class MaskPluginTests<TPlugin>() : ModulePluginTests<TPlugin>(PluginKind.Mask) where TPlugin : class, IMaskPlugin, new();
