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

    /// <summary>
    /// The gradients that <paramref name="actual"/> and <paramref name="expected"/> (the same function of
    /// <paramref name="leaves"/>, computed two ways) send back from <paramref name="upstream"/> agree (<see cref="AssertClose"/>).
    /// </summary>
    public static void AssertSameGradients(Func<Tensor> actual, Func<Tensor> expected, Tensor upstream, params Tensor[] leaves)
    {
        Tensor[] Gradients(Func<Tensor> function)
        {
            foreach (var leaf in leaves) leaf.grad?.zero_();
            function().backward([upstream]);
            return [.. leaves.Select(leaf => leaf.grad!.clone())];
        }
        var reference = Gradients(expected);
        foreach (var (gradient, wanted) in Gradients(actual).Zip(reference)) AssertClose(gradient, wanted);
    }
}
