using DNArch.Benchmarks;
using static TorchSharp.torch;

namespace DNArch.Tests.Benchmarks;

[Collection(TorchCollection.Name)]
public sealed class PlainCnnTests
{
    [Fact]
    public void Macs_count_every_conv_norm_and_the_head_at_their_pooled_sizes()
    {
        // 8×8, width 2: 3×3 1→2 (64 positions), 5×5 2→2 (64), pool, 3×3 2→2 (16), pool, 3×3 2→2 (4), head 2·4 → 10;
        // each conv followed by a norm of 2·c·n.
        var expected = (64 * 9 * 2 + 2 * 2 * 64) + (64 * 25 * 4 + 2 * 2 * 64) + (16 * 9 * 4 + 2 * 2 * 16) + (4 * 9 * 4 + 2 * 2 * 4) + 2 * 4 * 10;

        PlainCnn.Macs(1, [8, 8], 2, 10).Should().Be(expected);
        PlainCnn.WidthFor(1, [8, 8], 10, expected).Should().Be(2);
    }

    [Theory]
    [InlineData(new[] { 32 })]
    [InlineData(new[] { 8, 8 })]
    public void Classifies_a_batch_in_the_cases_dimensions(int[] shape)
    {
        using var network = new PlainCnn(1, shape, 3, 10);
        using var x = randn([2, 1, .. shape.Select(n => (long)n)]);
        using var y = network.forward(x);
        y.shape.Should().Equal(2, 10);
    }
}
