using DNArch.Abstractions.Configuration;
using DNArch.Abstractions.Kernels;

namespace DNArch.Tests.Kernels;

[Collection(TorchCollection.Name)]
public sealed class KernelOptionsTests
{
    static readonly KernelSpec Spec = new(1, 4, 1.0);

    [Theory]
    [InlineData("mlp", "Hidden", "0")]
    [InlineData("siren", "Hidden", "0")]
    [InlineData("magnet", "Hidden", "0")]
    [InlineData("mlp", "Layers", "0")]
    [InlineData("siren", "Omega0", "0")]
    [InlineData("magnet", "Omega0", "-5")]
    [InlineData("magnet", "Alpha", "0")]
    [InlineData("magnet", "Beta", "0")]
    public void Out_of_range_values_are_rejected_naming_the_key(string name, string key, string value)
    {
        var create = () => KernelPlugins.Create(name, Spec, (key, value));
        create.Should().Throw<InvalidInputException>().WithMessage($"*{KernelPlugins.Section}:{key}*");
    }

    [Theory]
    [InlineData("mlp", "Omega0")]
    [InlineData("siren", "Activation")]
    [InlineData("magnet", "Activation")]
    public void Keys_of_another_generator_are_rejected_listing_the_valid_ones(string name, string key)
    {
        var create = () => KernelPlugins.Create(name, Spec, (key, "1"));
        create.Should().Throw<InvalidInputException>().WithMessage($"*{key}*Valid keys*Hidden*Layers*");
    }

    [Fact]
    public void An_unknown_activation_is_rejected()
    {
        var create = () => KernelPlugins.Create("mlp", Spec, ("Activation", "Swish"));
        create.Should().Throw<InvalidInputException>().WithMessage($"*{KernelPlugins.Section}*");
    }

    [Theory]
    [InlineData("Relu")]
    [InlineData("gelu")]
    public void Known_activations_are_accepted_in_any_case(string activation)
    {
        using var generator = KernelPlugins.Create("mlp", Spec, ("Activation", activation));
        generator.Spec.Should().Be(Spec);
    }
}
