using DNArch.Engine.Network;
using DNArch.Plugins.Sdk.Layout;
using static TorchSharp.torch;
using static DNArch.Tests.Support.TensorAssert;

namespace DNArch.Tests.Network;

[Collection(TorchCollection.Name)]
public sealed class DepthwiseConvolutionTests
{
    [Theory]
    [InlineData(50, 7, true)]
    [InlineData(50, 8, true)]
    [InlineData(50, 7, false)]
    [InlineData(50, 8, false)]
    [InlineData(16, 31, false)]
    [InlineData(16, 32, true)]
    public void Fft_path_equals_the_direct_path_in_1d(int length, int taps, bool causal)
    {
        manual_seed(1);
        using var x = randn(3, 4, length);
        using var kernel = randn(4, taps);
        AssertClose(DepthwiseConvolution.Fft(x, kernel, causal), DepthwiseConvolution.Direct(x, kernel, causal));
    }

    [Theory]
    [InlineData(5, 5)]
    [InlineData(4, 6)]
    [InlineData(9, 3)]
    [InlineData(15, 16)]
    public void Fft_path_equals_the_direct_path_in_2d(int height, int width)
    {
        manual_seed(2);
        using var x = randn(2, 3, 12, 10);
        using var kernel = randn(3, height, width);
        AssertClose(DepthwiseConvolution.Fft(x, kernel, causal: false), DepthwiseConvolution.Direct(x, kernel, causal: false));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Both_paths_agree_with_the_definition_of_the_output(bool causal)
    {
        // y[t] = Σ_j K[j]·x[t - o + j], o = k-1 (causal: only the past) or k//2 (centred).
        manual_seed(3);
        const int n = 11, k = 4;
        using var x = randn(1, 1, n);
        using var kernel = randn(1, k);
        var xs = x.data<float>().ToArray();
        var ks = kernel.data<float>().ToArray();
        var origin = causal ? k - 1 : k / 2;
        var expected = new float[n];
        for (var t = 0; t < n; t++)
            for (var j = 0; j < k; j++)
                if (t - origin + j is var i && i >= 0 && i < n) expected[t] += ks[j] * xs[i];
        using var reference = tensor(expected).view(1, 1, n);
        AssertClose(DepthwiseConvolution.Direct(x, kernel, causal), reference);
        AssertClose(DepthwiseConvolution.Fft(x, kernel, causal), reference);
    }

    [Theory]
    [InlineData(3, 3, false)]
    [InlineData(3, 5, false)]
    [InlineData(4, 5, false)]
    [InlineData(3, 4, true)]
    [InlineData(6, 1, true)]
    public void The_direct_path_agrees_with_the_definition_of_the_output_in_2d(int height, int width, bool causal)
    {
        // y[s, t] = Σ_ij K[i, j]·x[s - o_h + i, t - o_w + j], o = k-1 (causal) or k//2 (centred) per dimension.
        manual_seed(7);
        const int rows = 7, columns = 6, channels = 3;
        using var x = randn(2, channels, rows, columns);
        using var kernel = randn(channels, height, width);
        var (oh, ow) = causal ? (height - 1, width - 1) : (height / 2, width / 2);
        var xs = x.data<float>().ToArray();
        var ks = kernel.data<float>().ToArray();
        var expected = new float[xs.Length];
        for (var map = 0; map < 2 * channels; map++)
            for (var s = 0; s < rows; s++)
                for (var t = 0; t < columns; t++)
                    for (var i = 0; i < height; i++)
                        for (var j = 0; j < width; j++)
                            if (s - oh + i is var r && r >= 0 && r < rows && t - ow + j is var c && c >= 0 && c < columns)
                                expected[(map * rows + s) * columns + t] +=
                                    ks[(map % channels * height + i) * width + j] * xs[(map * rows + r) * columns + c];
        using var output = DepthwiseConvolution.Direct(x, kernel, causal);
        ChannelsLast.Is(output).Should().BeTrue("the 2-D stream stays channels-last");
        using var reference = tensor(expected).view(x.shape);
        AssertClose(output, reference);
    }

    [Fact]
    public void A_channels_last_image_gives_the_same_output_channels_last_on_both_paths()
    {
        manual_seed(5);
        using var scope = NewDisposeScope();
        var x = randn(2, 3, 12, 10);
        var kernel = randn(3, 9, 7);
        var stored = ChannelsLast.From(x);
        ChannelsLast.Is(stored).Should().BeTrue();
        foreach (var path in new Func<Tensor, Tensor, bool, Tensor>[] { DepthwiseConvolution.Direct, DepthwiseConvolution.Fft })
        {
            var output = path(stored, kernel, false);
            ChannelsLast.Is(output).Should().BeTrue("the next layer reads it in place");
            AssertClose(output, DepthwiseConvolution.Direct(x.contiguous(), kernel, false));
        }
    }

    [Fact]
    public void Apply_uses_the_fft_only_when_the_kernel_has_more_positions_than_the_threshold()
    {
        DepthwiseConvolution.UsesFft([25], 24).Should().BeTrue();
        DepthwiseConvolution.UsesFft([24], 24).Should().BeFalse();
        DepthwiseConvolution.UsesFft([5, 5], 24).Should().BeTrue();
        DepthwiseConvolution.UsesFft([3, 8], 24).Should().BeFalse();
    }

    [Theory]
    [InlineData(new long[] { 5 }, new long[] { 13 }, false, new long[] { 9 })]
    [InlineData(new long[] { 5 }, new long[] { 12 }, false, new long[] { 9 })]
    [InlineData(new long[] { 5 }, new long[] { 9 }, true, new long[] { 5 })]
    [InlineData(new long[] { 5 }, new long[] { 4 }, true, new long[] { 4 })]
    [InlineData(new long[] { 3, 8 }, new long[] { 11, 10 }, false, new long[] { 5, 10 })]
    public void Kernels_cropped_to_the_taps_their_input_meets_give_the_same_output(long[] size, long[] taps, bool causal,
        long[] seen)
    {
        manual_seed(5);
        using var scope = NewDisposeScope();
        var x = randn([2, 3, .. size]);
        var kernel = randn([3, .. taps]);
        var cropped = DepthwiseConvolution.SeenBy(kernel, size, causal);
        cropped.shape.Should().Equal([3, .. seen]);
        var expected = DepthwiseConvolution.Direct(x, kernel, causal);
        AssertClose(DepthwiseConvolution.Direct(x, cropped, causal), expected);
        AssertClose(DepthwiseConvolution.Fft(x, cropped, causal), expected);
    }

    [Theory]
    [InlineData(new long[] { 50 }, new long[] { 9 }, true)]
    [InlineData(new long[] { 50 }, new long[] { 8 }, false)]
    [InlineData(new long[] { 12, 10 }, new long[] { 9, 7 }, false)]
    [InlineData(new long[] { 11, 9 }, new long[] { 6, 6 }, false)]
    [InlineData(new long[] { 8, 9 }, new long[] { 3, 4 }, true)]
    public void Fft_path_has_the_direct_paths_gradients(long[] size, long[] taps, bool causal)
    {
        manual_seed(6);
        using var scope = NewDisposeScope();
        var x = randn([2, 3, .. size], requires_grad: true);
        var kernel = randn([3, .. taps], requires_grad: true);
        var upstream = randn([2, 3, .. size]);
        AssertSameGradients(() => DepthwiseConvolution.Fft(x, kernel, causal),
            () => DepthwiseConvolution.Direct(x, kernel, causal), upstream, x, kernel);
    }

    [Fact]
    public void Fft_path_returns_a_channels_last_inputs_gradient_channels_last()
    {
        manual_seed(7);
        using var scope = NewDisposeScope();
        var x = ChannelsLast.From(randn(2, 3, 10, 9)).requires_grad_();
        var kernel = randn(3, 5, 5);
        var upstream = ChannelsLast.From(randn(2, 3, 10, 9));
        DepthwiseConvolution.Fft(x, kernel, causal: false).backward([upstream]);
        ChannelsLast.Is(x.grad!).Should().BeTrue("element-wise backwards that meet both layouts take a scalar loop");
        using var reference = x.detach().contiguous().requires_grad_();
        DepthwiseConvolution.Direct(reference, kernel, causal: false).backward([upstream]);
        AssertClose(x.grad!.clone(), reference.grad!.clone());
    }

    [Fact]
    public void Fft_path_without_gradients_gives_the_same_output()
    {
        manual_seed(8);
        using var scope = NewDisposeScope();
        var x = randn(2, 3, 40);
        var kernel = randn(3, 40, requires_grad: true);
        var differentiable = DepthwiseConvolution.Fft(x, kernel, causal: true);
        using (no_grad())
        {
            var plain = DepthwiseConvolution.Fft(x, kernel, causal: true);
            plain.requires_grad.Should().BeFalse();
            AssertClose(plain, differentiable.detach());
        }
    }
}
