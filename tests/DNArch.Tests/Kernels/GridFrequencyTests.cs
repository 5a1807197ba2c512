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
    public void Unset_omega0_is_the_grids(string name, int dimensions, int gridPoints, double expected)
    {
        Kernel(name, new KernelSpec(dimensions, 4, 1.0, gridPoints))
            .Should().Equal(Kernel(name, new KernelSpec(dimensions, 4, 1.0), ("Omega0", $"{expected}")));
    }

    [Theory]
    [InlineData(2, 9, 24.0, 0.5)]
    [InlineData(1, 5, 12.0, 0.5)]
    [InlineData(1, 11, 30.0, 30.0)]
    [InlineData(1, 256, 30.0, 30.0)]
    public void Unset_siren_frequencies_are_the_grids(int dimensions, int gridPoints, double first, double hidden)
    {
        Kernel("siren", new KernelSpec(dimensions, 4, 1.0, gridPoints)).Should().Equal(
            Kernel("siren", new KernelSpec(dimensions, 4, 1.0), ("Omega0", $"{first}"), ("HiddenOmega0", $"{hidden}")));
    }

    [Fact]
    public void A_set_omega0_overrides_the_grid()
    {
        Kernel("magnet", new KernelSpec(2, 4, 1.0, 9), ("Omega0", "7"))
            .Should().Equal(Kernel("magnet", new KernelSpec(2, 4, 1.0), ("Omega0", "7")))
            .And.NotEqual(Kernel("magnet", new KernelSpec(2, 4, 1.0, 9)));
        Kernel("siren", new KernelSpec(2, 4, 1.0, 9), ("Omega0", "7"), ("HiddenOmega0", "2"))
            .Should().Equal(Kernel("siren", new KernelSpec(2, 4, 1.0), ("Omega0", "7"), ("HiddenOmega0", "2")))
            .And.NotEqual(Kernel("siren", new KernelSpec(2, 4, 1.0, 9)));
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
