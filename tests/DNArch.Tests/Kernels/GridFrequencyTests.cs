using DNArch.Abstractions.Kernels;
using static TorchSharp.torch;

namespace DNArch.Tests.Kernels;

/// <summary>Unset, ω0 of the sine generators follows the kernel grid the spec names; set, it wins.</summary>
[Collection(TorchCollection.Name)]
public sealed class GridFrequencyTests
{
    [Theory]
    [InlineData("magnet", 2, 9, 4.0)]
    [InlineData("magnet", 1, 784, 391.5)]
    [InlineData("siren", 2, 9, 8.0)]
    [InlineData("siren", 1, 21, 20.0)]
    [InlineData("siren", 1, 256, 30.0)]
    public void Unset_omega0_is_the_grids(string name, int dimensions, int gridPoints, double expected)
    {
        Kernel(name, new KernelSpec(dimensions, 4, 1.0, gridPoints))
            .Should().Equal(Kernel(name, new KernelSpec(dimensions, 4, 1.0), ("Omega0", $"{expected}")));
    }

    [Theory]
    [InlineData("magnet")]
    [InlineData("siren")]
    public void A_set_omega0_overrides_the_grid(string name)
    {
        Kernel(name, new KernelSpec(2, 4, 1.0, 9), ("Omega0", "7"))
            .Should().Equal(Kernel(name, new KernelSpec(2, 4, 1.0), ("Omega0", "7")))
            .And.NotEqual(Kernel(name, new KernelSpec(2, 4, 1.0, 9)));
    }

    static float[] Kernel(string name, KernelSpec spec, params (string Key, string Value)[] options)
    {
        using var scope = NewDisposeScope();
        random.manual_seed(11);
        using var generator = KernelPlugins.Create(name, spec, options);
        using var _ = no_grad();
        var coordinates = spec.Dimensions == 1
            ? linspace(-1, 1, 9).unsqueeze(1)
            : stack(meshgrid([linspace(-1, 1, 9), linspace(-1, 1, 9)], indexing: "ij"), -1).reshape(-1, 2);
        return generator.forward(coordinates, 4).data<float>().ToArray();
    }
}
