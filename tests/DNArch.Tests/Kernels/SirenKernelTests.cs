using DNArch.Abstractions.Kernels;
using static TorchSharp.torch;

namespace DNArch.Tests.Kernels;

[Collection(TorchCollection.Name)]
public sealed class SirenKernelTests
{
    [Fact]
    public void Hidden_weights_start_within_the_siren_bounds_and_fill_them()
    {
        using var scope = NewDisposeScope();
        random.manual_seed(1);
        const int hidden = 64, dimensions = 2;
        const double omega0 = 30;
        using var generator = KernelPlugins.Create("siren", new KernelSpec(dimensions, 4, 1.0),
            ("Hidden", $"{hidden}"), ("Layers", "3"), ("Omega0", $"{omega0}"));
        var weights = generator.named_parameters().ToDictionary(p => p.name, p => p.parameter);

        AssertUniformWithin(weights["hidden.0.weight"], 1.0 / dimensions);
        var later = Math.Sqrt(6.0 / hidden) / omega0;
        AssertUniformWithin(weights["hidden.1.weight"], later);
        AssertUniformWithin(weights["hidden.2.weight"], later);
    }

    [Fact]
    public void Higher_omega0_gives_a_rougher_kernel()
    {
        using var scope = NewDisposeScope();
        var grid = linspace(-1, 1, 201).unsqueeze(1);
        double Roughness(double omega0)
        {
            random.manual_seed(3);
            using var generator = KernelPlugins.Create("siren", new KernelSpec(1, 8, 1.0), ("Omega0", $"{omega0}"));
            using var _ = no_grad();
            var kernel = generator.forward(grid);
            var steps = kernel.narrow(0, 1, 200) - kernel.narrow(0, 0, 200);
            return (steps.square().mean() / kernel.var()).item<float>();
        }
        Roughness(100).Should().BeGreaterThan(10 * Roughness(3));
    }

    static void AssertUniformWithin(Tensor weight, double bound)
    {
        var largest = weight.abs().max().item<float>();
        largest.Should().BeLessThanOrEqualTo((float)bound);
        // Hundreds of U(-b, b) draws come close to b; a narrower init would not.
        largest.Should().BeGreaterThan((float)(0.9 * bound));
    }
}
