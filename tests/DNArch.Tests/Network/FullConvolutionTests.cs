using DNArch.Engine.Network;
using static TorchSharp.torch;
using static DNArch.Tests.Support.TensorAssert;

namespace DNArch.Tests.Network;

[Collection(TorchCollection.Name)]
public sealed class FullConvolutionTests
{
    [Theory]
    [InlineData(new long[] { 40 }, new long[] { 7 }, true)]
    [InlineData(new long[] { 40 }, new long[] { 8 }, false)]
    [InlineData(new long[] { 16 }, new long[] { 31 }, false)]
    [InlineData(new long[] { 12, 10 }, new long[] { 5, 4 }, false)]
    [InlineData(new long[] { 6, 7 }, new long[] { 15, 16 }, false)]
    public void Both_paths_equal_the_sum_over_inputs_of_depthwise_convolutions(long[] size, long[] taps, bool causal)
    {
        const int inputs = 3, outputs = 5;
        manual_seed(4);
        using var scope = NewDisposeScope();
        var x = randn([2, inputs, .. size]);
        var kernel = randn([outputs, inputs, .. taps]);
        // Output o: Σ_i k[o, i] ⋆ x_i, each term a depthwise conv of the map x_i repeated over the outputs.
        var expected = stack(Enumerable.Range(0, inputs).Select(i =>
            DepthwiseConvolution.Direct(x.narrow(1, i, 1).expand([2, outputs, .. size]).contiguous(), kernel.select(1, i), causal)))
            .sum(dim: 0); // a literal 0 alone would bind to sum(ScalarType)
        AssertClose(FullConvolution.Direct(x, kernel, causal), expected);
        AssertClose(FullConvolution.Fft(x, kernel, causal), expected);
    }

    [Theory]
    [InlineData(new long[] { 30 }, new long[] { 9 }, true)]
    [InlineData(new long[] { 9, 8 }, new long[] { 5, 6 }, false)]
    public void Fft_path_has_the_direct_paths_gradients(long[] size, long[] taps, bool causal)
    {
        manual_seed(5);
        using var scope = NewDisposeScope();
        var x = randn([2, 3, .. size], requires_grad: true);
        var kernel = randn([4, 3, .. taps], requires_grad: true);
        var upstream = randn([2, 4, .. size]);
        AssertSameGradients(() => FullConvolution.Fft(x, kernel, causal), () => FullConvolution.Direct(x, kernel, causal),
            upstream, x, kernel);
    }
}
