using DNArch.Abstractions.Resampling;
using DNArch.Plugins.Resampling;
using static TorchSharp.torch;

namespace DNArch.Tests.Resampling;

/// <summary>The Fourier resampler's per-dimension matrices (<see cref="ISeparableResampler"/>) are what it computes.</summary>
[Collection(TorchCollection.Name)]
public sealed class SeparableMapsTests
{
    [Theory]
    [InlineData(null, "0.6")]
    [InlineData(null, "1")]
    [InlineData(new[] { 13, 24 }, null)]
    public void Forward_and_restore_maps_applied_per_dimension_give_forward_and_restore(int[]? fixedOutput, string? cutoff)
    {
        using var scope = NewDisposeScope();
        var options = new FourierResamplerOptions { MatrixSizeLimit = 0 };
        if (cutoff is not null) options.InitialCutoff = double.Parse(cutoff, System.Globalization.CultureInfo.InvariantCulture);
        using var resampler = new FourierResampler(new ResamplerSpec([32, 48], fixedOutput), options);
        var x = randn(2, 3, 32, 48);
        var output = resampler.OutputSize([32, 48]);

        var maps = resampler.ForwardMaps([32, 48]);
        maps.Should().NotContainNulls("the low-pass mask or the crop changes every dimension");
        Difference(Apply(x, maps), resampler.forward(x)).Should().BeLessThan(1e-5f);

        var small = randn(2, 3, output[0], output[1]);
        Difference(Apply(small, resampler.RestoreMaps(output, [32, 48])), resampler.Restore(small, [32, 48])).Should().BeLessThan(1e-5f);
    }

    // A null map leaves its dimension as it is.
    static Tensor Apply(Tensor x, IReadOnlyList<Tensor?> maps) =>
        einsum("bchw,hy,wz->bcyz", x, maps[0] ?? eye(x.shape[2]), maps[1] ?? eye(x.shape[3]));

    static float Difference(Tensor actual, Tensor expected)
    {
        actual.shape.Should().Equal(expected.shape);
        return (actual - expected).abs().max().item<float>();
    }
}
