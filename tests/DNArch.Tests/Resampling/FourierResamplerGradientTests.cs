using DNArch.Abstractions.Resampling;
using DNArch.Plugins.Resampling;
using static TorchSharp.torch;

namespace DNArch.Tests.Resampling;

[Collection(TorchCollection.Name)]
public sealed class FourierResamplerGradientTests
{
    [Fact]
    public void Cut_offs_learn_from_a_loss_on_the_output_while_downsampling()
    {
        using var scope = NewDisposeScope();
        using var resampler = new FourierResampler(new ResamplerSpec([32, 24]), new FourierResamplerOptions { InitialCutoff = 0.6 });
        resampler.forward(randn(2, 3, 32, 24)).square().sum().backward();
        var gradient = resampler.Cutoff!.grad!.data<float>().ToArray();
        gradient.Should().HaveCount(2).And.OnlyContain(g => g != 0 && float.IsFinite(g));
    }

    [Fact]
    public void Keeping_more_energy_needs_a_higher_cut_off()
    {
        using var scope = NewDisposeScope();
        using var resampler = new FourierResampler(new ResamplerSpec([64]), new FourierResamplerOptions { InitialCutoff = 0.5 });
        var x = randn(4, 2, 64);
        // The mean energy grows with every bin the mask lets through, so its gradient w.r.t. the cut-off is positive.
        resampler.forward(x).square().mean().backward();
        resampler.Cutoff!.grad!.item<float>().Should().BeGreaterThan(0);
    }
}
