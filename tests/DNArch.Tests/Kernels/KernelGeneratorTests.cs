using DNArch.Abstractions.Kernels;
using DNArch.Abstractions.Plugins;
using System.Reflection;
using static TorchSharp.torch;

namespace DNArch.Tests.Kernels;

[Collection(TorchCollection.Name)]
public sealed class KernelGeneratorTests
{
    const int Hidden = 16, Layers = 3, Channels = 5;

    public static TheoryData<string> Generators => new() { "mlp", "siren", "magnet" };

    static KernelGenerator Create(string name, int dimensions) => KernelPlugins.Create(
        name, new KernelSpec(dimensions, Channels, 0.2), ("Hidden", $"{Hidden}"), ("Layers", $"{Layers}"));

    static Tensor Grid(int positions, int dimensions) => rand(positions, dimensions) * 2 - 1;

    [Theory]
    [MemberData(nameof(Generators))]
    public void Maps_positions_to_one_value_per_channel_in_1d_and_2d(string name)
    {
        using var scope = NewDisposeScope();
        foreach (var dimensions in new[] { 1, 2 })
        {
            using var generator = Create(name, dimensions);
            generator.forward(Grid(33, dimensions)).shape.Should().Equal(33, Channels);
            generator.forward(Grid(7, dimensions), 2).shape.Should().Equal(7, 2);
        }
    }

    [Theory]
    [MemberData(nameof(Generators))]
    public void Channel_sliced_forward_equals_the_first_columns_of_the_full_forward(string name)
    {
        using var scope = NewDisposeScope();
        using var generator = Create(name, 2);
        var coordinates = Grid(50, 2);
        var full = generator.forward(coordinates);
        var sliced = generator.forward(coordinates, 3);
        sliced.allclose(full.narrow(1, 0, 3), rtol: 1e-5, atol: 1e-6).Should().BeTrue();
    }

    [Theory]
    [MemberData(nameof(Generators))]
    public void Channel_sliced_forward_gives_no_gradient_to_the_dropped_output_rows(string name)
    {
        using var scope = NewDisposeScope();
        using var generator = Create(name, 1);
        generator.forward(Grid(20, 1), 2).square().sum().backward();
        var rows = generator.named_parameters().Single(p => p.name == "output.weight").parameter.grad!;
        rows.narrow(0, 0, 2).abs().sum().item<float>().Should().BeGreaterThan(0);
        rows.narrow(0, 2, Channels - 2).abs().sum().item<float>().Should().Be(0);
    }

    [Theory]
    [MemberData(nameof(Generators))]
    public void Every_parameter_receives_a_gradient(string name)
    {
        using var scope = NewDisposeScope();
        using var generator = Create(name, 2);
        generator.forward(Grid(40, 2)).square().sum().backward();
        foreach (var (parameterName, parameter) in generator.named_parameters())
            parameter.grad.Should().NotBeNull(parameterName);
    }

    [Theory]
    [InlineData("mlp", 1)]
    [InlineData("siren", 1)]
    [InlineData("magnet", 2)]
    public void Parameter_count_follows_the_architecture_and_not_the_number_of_positions(string name, int dimensions)
    {
        using var scope = NewDisposeScope();
        using var generator = Create(name, dimensions);
        long Count() => generator.parameters().Sum(p => p.numel());
        var before = Count();
        generator.forward(Grid(9, dimensions));
        generator.forward(Grid(1000, dimensions));
        Count().Should().Be(before);

        const int h = Hidden, c = Channels;
        var d = dimensions;
        long hiddenMixing = (Layers - 1) * (h * h + h), output = h * c + c;
        long expected = name == "magnet"
            ? Layers * (3 * h * d + h) + hiddenMixing + output // per filter: γ, μ, W [h, d] and b [h]
            : d * h + h + hiddenMixing + output;
        before.Should().Be(expected);
    }

    [Theory]
    [InlineData("mlp", 16 * 1 + 2 * 16 * 16 + 16 * 5)]
    [InlineData("magnet", 3 * 2 * 16 * 1 + 2 * (16 * 16 + 16) + 16 * 5)]
    public void Macs_per_position_count_every_multiply_accumulate(string name, long expected)
    {
        using var generator = Create(name, 1);
        generator.MacsPerPosition.Should().Be(expected);
    }

    [Theory]
    [MemberData(nameof(Generators))]
    public void Output_layer_starts_scaled_kaiming_uniform_with_zero_bias(string name)
    {
        using var scope = NewDisposeScope();
        using var generator = Create(name, 2);
        var parameters = generator.named_parameters().ToDictionary(p => p.name, p => p.parameter);
        var bound = Math.Sqrt(3.0 / Hidden) * 0.2;
        var largest = parameters["output.weight"].abs().max().item<float>();
        largest.Should().BeLessThanOrEqualTo((float)bound).And.BeGreaterThan((float)(0.7 * bound));
        parameters["output.bias"].abs().max().item<float>().Should().Be(0);
    }

    [Theory]
    [InlineData(typeof(DNArch.Plugins.Kernels.MlpKernelPlugin), "mlp")]
    [InlineData(typeof(DNArch.Plugins.Kernels.SirenKernelPlugin), "siren")]
    [InlineData(typeof(DNArch.Plugins.Kernels.MagnetKernelPlugin), "magnet")]
    public void Plugins_are_exported_as_kernels_under_their_names(Type plugin, string name)
    {
        var attribute = plugin.GetCustomAttribute<PluginAttribute>()!;
        attribute.Kind.Should().Be(PluginKind.Kernel);
        attribute.Name.Should().Be(name);
        plugin.Should().Implement<IKernelPlugin>();
    }
}
