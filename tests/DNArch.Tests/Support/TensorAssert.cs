using static TorchSharp.torch;

namespace DNArch.Tests.Support;

/// <summary>Tensor comparisons shared by the numerical tests.</summary>
static class TensorAssert
{
    /// <summary>
    /// Same shape and every element within 1e-4 of the expected one, relative to the expected values' largest
    /// magnitude when that exceeds 1. Disposes <paramref name="actual"/>.
    /// </summary>
    public static void AssertClose(Tensor actual, Tensor expected)
    {
        using (actual)
        {
            actual.shape.Should().Equal(expected.shape);
            using var difference = (actual - expected).abs().max();
            using var scale = expected.abs().max();
            difference.item<float>().Should().BeLessThan(1e-4f * Math.Max(1f, scale.item<float>()));
        }
    }
}
