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

    [Theory]
    [InlineData(new[] { 32, 24 })]
    [InlineData(new[] { 27, 15 })]
    [InlineData(new[] { 45 })]
    public void Input_gradient_is_the_adjoint_of_the_resampling(int[] size)
    {
        // With the cut-offs fixed the resampler R is linear, so <R x, w> has the gradient R^T w whatever x, and
        // <R v, w> = <v, R^T w> for any other input v.
        manual_seed(4);
        using var scope = NewDisposeScope();
        using var resampler = new FourierResampler(new ResamplerSpec(size), new FourierResamplerOptions { InitialCutoff = 0.6 });
        long[] shape = [2, 3, .. size.Select(n => (long)n)];
        var x = randn(shape, requires_grad: true);
        var output = resampler.forward(x);
        output.shape.Skip(2).Should().NotEqual(shape.Skip(2), "the resampler must downsample for the test to mean anything");
        var weights = randn(output.shape);
        (output * weights).sum().backward();
        var v = randn(shape);
        float expected;
        using (no_grad()) expected = (resampler.forward(v) * weights).sum().item<float>();
        (v * x.grad!).sum().item<float>().Should().BeApproximately(expected, 1e-4f * Math.Max(1f, Math.Abs(expected)));
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

    [Fact]
    public void Kept_fraction_is_differentiable_from_the_start_so_a_budget_can_pull_the_cut_off_down()
    {
        using var scope = NewDisposeScope();
        using var resampler = new FourierResampler(new ResamplerSpec([32, 32]), new FourierResamplerOptions());
        var fraction = resampler.KeptFraction();
        fraction.data<float>().ToArray().Should().Equal(1f, 1f);
        fraction.prod().backward();
        resampler.Cutoff!.grad!.data<float>().ToArray().Should().Equal(1f, 1f);
    }
}
