using DNArch.Plugins.Testing;

namespace MyLab.Plugins.Tests;

/// <summary>The DNArch plugin conformance tests, on the plugin with its default options.</summary>
public sealed class PoolResamplerTests : ResamplerPluginTests<PoolResamplerPlugin>;
