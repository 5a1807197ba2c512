using DNArch.Plugins.Kernels;
using DNArch.Plugins.Masks;
using DNArch.Plugins.Resampling;
using DNArch.Plugins.Testing;

namespace DNArch.Tests.Conformance;

// The built-in kernels, masks and resamplers pass the same conformance tests as a plugin author's (DNArch.Plugins.Testing).

[Collection(TorchCollection.Name)]
public sealed class MlpKernelConformanceTests : KernelPluginTests<MlpKernelPlugin>;

[Collection(TorchCollection.Name)]
public sealed class SirenKernelConformanceTests : KernelPluginTests<SirenKernelPlugin>;

[Collection(TorchCollection.Name)]
public sealed class MagnetKernelConformanceTests : KernelPluginTests<MagnetKernelPlugin>;

[Collection(TorchCollection.Name)]
public sealed class GaussianMaskConformanceTests : MaskPluginTests<GaussianMaskPlugin>;

[Collection(TorchCollection.Name)]
public sealed class SigmoidMaskConformanceTests : MaskPluginTests<SigmoidMaskPlugin>;

[Collection(TorchCollection.Name)]
public sealed class FourierResamplerConformanceTests : ResamplerPluginTests<FourierResamplerPlugin>;

[Collection(TorchCollection.Name)]
public sealed class SigmoidFourierResamplerConformanceTests : ResamplerPluginTests<FourierResamplerPlugin>
{
    protected override IEnumerable<KeyValuePair<string, string?>> Settings => [new("Transition", "Sigmoid")];
}
