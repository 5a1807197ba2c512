using DNArch.Abstractions.Kernels;
using DNArch.Plugins.Kernels;
using static TorchSharp.torch;

namespace DNArch.Tests.Kernels;

[Collection(TorchCollection.Name)]
public sealed class MlpKernelTests
{
    const int Hidden = 64;

    static MlpKernel Create(string initialisation, string activation) => (MlpKernel)KernelPlugins.Create("mlp",
        new KernelSpec(2, 8, 1.0), ("Hidden", $"{Hidden}"), ("Layers", "3"), ("Initialisation", initialisation),
        ("Activation", activation));

    [Theory]
    [InlineData("Relu", 1.4142135)]
    [InlineData("Gelu", 1.0)]
    public void Ccnn_initialisation_draws_kaiming_uniform_weights_with_the_activations_gain_and_zero_biases(
        string activation, double gain)
    {
        using var generator = Create("Ccnn", activation);
        foreach (var layer in generator.Layers)
        {
            // PyTorch's kaiming_uniform_: U(-b, b) with b = gain · √(3 / fan_in).
            var bound = gain * Math.Sqrt(3.0 / layer.weight!.shape[1]);
            var largest = layer.weight.abs().max().item<float>();
            largest.Should().BeLessThanOrEqualTo((float)bound).And.BeGreaterThan((float)(0.8 * bound));
            layer.bias!.abs().max().item<float>().Should().Be(0);
        }
    }

    [Fact]
    public void Torch_initialisation_keeps_the_default_linear_biases()
    {
        using var generator = Create("Torch", "Gelu");
        foreach (var layer in generator.Layers)
        {
            var bound = 1 / Math.Sqrt(layer.weight!.shape[1]);
            layer.bias!.abs().max().item<float>().Should().BeGreaterThan(0).And.BeLessThanOrEqualTo((float)bound);
        }
    }
}
