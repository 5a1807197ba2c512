using DNArch.Plugins.Sdk.Fourier;
using DNArch.Plugins.Sdk.Layout;
using DNArch.Abstractions.Resampling;
using DNArch.Plugins.Resampling;
using static TorchSharp.torch;
using static DNArch.Tests.Support.TensorAssert;

namespace DNArch.Tests.Resampling;

/// <summary>Small grids are resampled by dense products per dimension, large ones by FFTs: the same map either way.</summary>
[Collection(TorchCollection.Name)]
public sealed class FourierResamplerPathTests
{
    static FourierResampler Create(int[] size, int matrixSizeLimit, double cutoff = 0.6) =>
        new(new ResamplerSpec(size), new FourierResamplerOptions { InitialCutoff = cutoff, MatrixSizeLimit = matrixSizeLimit });

    [Theory]
    [InlineData(new[] { 28, 28 })]
    [InlineData(new[] { 27, 15 })]
    [InlineData(new[] { 45 })]
    [InlineData(new[] { 64 })]
    public void Matrices_and_ffts_give_the_same_output_and_gradients(int[] size)
    {
        manual_seed(7);
        using var scope = NewDisposeScope();
        using var matrices = Create(size, 64);
        using var ffts = Create(size, 0);
        var (x, y) = Downsample(matrices, size);
        var weights = randn(y.shape);
        (y * weights).sum().backward();
        var (inputGradient, cutoffGradient) = (x.grad!.clone(), matrices.Cutoff!.grad!.clone());
        x.grad!.zero_();
        var reference = ffts.forward(x);
        (reference * weights).sum().backward();
        AssertClose(y, reference);
        AssertClose(inputGradient, x.grad!);
        AssertClose(cutoffGradient, ffts.Cutoff!.grad!);
    }

    [Theory]
    [InlineData(new[] { 32, 24 }, 64)]
    [InlineData(new[] { 27, 15 }, 64)]
    [InlineData(new[] { 45 }, 64)]
    [InlineData(new[] { 32, 24 }, 0)]
    [InlineData(new[] { 27, 15 }, 0)]
    [InlineData(new[] { 45 }, 0)]
    public void Input_gradient_is_the_adjoint_of_the_resampling(int[] size, int matrixSizeLimit)
    {
        // With the cut-offs fixed the resampler R is linear, so <R x, w> has the gradient R^T w whatever x, and
        // <R v, w> = <v, R^T w> for any other input v.
        manual_seed(4);
        using var scope = NewDisposeScope();
        using var resampler = Create(size, matrixSizeLimit);
        var (x, output) = Downsample(resampler, size);
        var weights = randn(output.shape);
        (output * weights).sum().backward();
        var v = randn(x.shape);
        float expected;
        using (no_grad()) expected = (resampler.forward(v) * weights).sum().item<float>();
        (v * x.grad!).sum().item<float>().Should().BeApproximately(expected, 1e-4f * Math.Max(1f, Math.Abs(expected)));
    }

    [Theory]
    [InlineData(new[] { 28, 28 }, new[] { 21, 18 })]
    [InlineData(new[] { 45 }, new[] { 30 })]
    public void Matrices_and_ffts_restore_alike(int[] size, int[] coarse)
    {
        manual_seed(8);
        using var scope = NewDisposeScope();
        var x = randn([2, 3, .. coarse.Select(n => (long)n)]);
        AssertClose(Create(size, 64).Restore(x, size), Create(size, 0).Restore(x, size));
    }

    [Fact]
    public void Counts_charge_the_path_taken()
    {
        using var scope = NewDisposeScope();
        Tensor[] input = [tensor(28.0), tensor(28.0)], output = [tensor(22.0), tensor(20.0)];
        // Last dimension first: 28 rows of 28 → 20, then 20 columns of 28 → 22.
        Create([28, 28], 64).Macs(input, output).item<double>().Should().Be(28 * 28 * 20 + 28 * 22 * 20);
        // The same lines by real FFTs of each size.
        var ffts = 28 * (FftCost.Macs(tensor(28.0)) + FftCost.Macs(tensor(20.0)))
            + 20 * (FftCost.Macs(tensor(28.0)) + FftCost.Macs(tensor(22.0)));
        Create([28, 28], 0).Macs(input, output).item<double>().Should().BeApproximately(ffts.item<double>(), 1e-9);
        Create([28, 28], 27).Macs(input, output).item<double>().Should().BeApproximately(ffts.item<double>(), 1e-9);
    }

    [Fact]
    public void Counts_charge_only_the_dimensions_transformed()
    {
        using var scope = NewDisposeScope();
        using var resampler = Create([28, 100], 0);
        static Tensor Fft(double n) => FftCost.Macs(tensor(n));
        // A learnable crop masks every dimension, so the one it keeps whole is transformed too.
        var crop = resampler.Macs([tensor(28.0), tensor(100.0)], [tensor(28.0), tensor(80.0)]);
        var expected = 28 * (Fft(100) + Fft(80)) + 80 * (Fft(28) + Fft(28));
        crop.item<double>().Should().BeApproximately(expected.item<double>(), 1e-6);
        // A restore only zero-pads: the dimension it leaves alone costs nothing.
        var restore = resampler.Macs([tensor(28.0), tensor(80.0)], [tensor(28.0), tensor(100.0)]);
        restore.item<double>().Should().BeApproximately((28 * (Fft(80) + Fft(100))).item<double>(), 1e-6);
    }

    /// <summary>A random input of <paramref name="size"/> (tracking its gradient) and its resampling, checked to downsample.</summary>
    [Theory]
    [InlineData(64)]
    [InlineData(0)]
    public void A_channels_last_image_is_resampled_like_its_nchw_copy_and_stays_channels_last(int matrixSizeLimit)
    {
        manual_seed(9);
        using var scope = NewDisposeScope();
        using var resampler = Create([28, 24], matrixSizeLimit);
        var (x, y) = Downsample(resampler, [28, 24]);
        var weights = randn(y.shape);
        (y * weights).sum().backward();
        var (inputGradient, cutoffGradient) = (x.grad!.clone(), resampler.Cutoff!.grad!.clone());
        resampler.Cutoff!.grad!.zero_();
        var stored = ChannelsLast.From(x.detach()).requires_grad_();
        var output = resampler.forward(stored);
        (output * weights).sum().backward();
        ChannelsLast.Is(output).Should().BeTrue("the next layer reads it in place");
        AssertClose(output, y);
        AssertClose(stored.grad!, inputGradient);
        AssertClose(resampler.Cutoff!.grad!, cutoffGradient);
    }

    static (Tensor Input, Tensor Output) Downsample(FourierResampler resampler, int[] size)
    {
        long[] shape = [2, 3, .. size.Select(n => (long)n)];
        var x = randn(shape, requires_grad: true);
        var output = resampler.forward(x);
        output.shape.Skip(2).Should().NotEqual(shape.Skip(2), "the resampler must downsample for the test to mean anything");
        return (x, output);
    }
}
