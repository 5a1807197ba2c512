using DNArch.Engine.Network;
using static TorchSharp.torch;
using static DNArch.Tests.Network.NetworkTestSetup;

namespace DNArch.Tests.Network;

/// <summary>Fixed kernels (one generation per evaluation) give the outputs that generating them per batch gives.</summary>
[Collection(TorchCollection.Name)]
public sealed class KernelCacheTests
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Fixed_kernels_give_the_same_outputs_as_kernels_generated_per_batch(bool sequences)
    {
        manual_seed(5);
        var data = sequences ? Sequences : Images;
        using var network = Factory().Create(Search(SteepMasks(0.5)), data);
        network.eval();
        using var _ = no_grad();
        using var first = randn([3, data.InputChannels, .. data.Shape]);
        using var second = randn([2, data.InputChannels, .. data.Shape]);
        using var expectedFirst = network.forward(first);
        using var expectedSecond = network.forward(second);

        using (network.FixKernels())
        {
            using var fixedFirst = network.forward(first);
            using var fixedSecond = network.forward(second);
            fixedFirst.allclose(expectedFirst, rtol: 0, atol: 1e-6).Should().BeTrue();
            fixedSecond.allclose(expectedSecond, rtol: 0, atol: 1e-6).Should().BeTrue();
        }
    }

    [Fact]
    public void Kernels_are_generated_anew_once_the_fixed_scope_ends()
    {
        manual_seed(6);
        using var network = Factory().Create(Search(), Sequences);
        network.eval();
        using var x = randn([2, Sequences.InputChannels, .. Sequences.Shape]);
        using (no_grad())
        using (network.FixKernels())
            network.forward(x).Dispose();
        using (no_grad())
            foreach (var p in network.WeightParameters()) p.mul_(1.5);
        using var changed = network.forward(x);
        using (no_grad())
        using (network.FixKernels())
        {
            using var refixed = network.forward(x);
            refixed.allclose(changed, rtol: 0, atol: 1e-6).Should().BeTrue();
        }
    }

    [Fact]
    public void Kernels_cannot_be_fixed_while_gradients_are_recorded()
    {
        using var network = Factory().Create(Search(), Sequences);
        var fix = () => network.FixKernels();
        fix.Should().Throw<InvalidOperationException>().WithMessage("*no_grad*");
    }
}
