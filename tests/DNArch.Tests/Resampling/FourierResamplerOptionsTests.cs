using System.Reflection;
using DNArch.Abstractions.Configuration;
using DNArch.Abstractions.Plugins;
using DNArch.Abstractions.Resampling;
using DNArch.Plugins.Resampling;
using Microsoft.Extensions.Configuration;

namespace DNArch.Tests.Resampling;

[Collection(TorchCollection.Name)]
public sealed class FourierResamplerOptionsTests
{
    const string Section = "Search:Resampling";

    static Resampler Create(params (string Key, string Value)[] settings)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>($"{Section}:{s.Key}", s.Value)))
            .Build();
        return new FourierResamplerPlugin().Create(new ResamplerSpec([32]), configuration.GetSection(Section));
    }

    [Theory]
    [InlineData("Temperature", "0")]
    [InlineData("Threshold", "1")]
    [InlineData("InitialCutoff", "1.5")]
    [InlineData("MinimumSize", "0")]
    public void Out_of_range_values_are_rejected_naming_the_key(string key, string value)
    {
        var create = () => Create(("Type", "fourier"), (key, value));
        create.Should().Throw<InvalidInputException>().WithMessage($"*{Section}:{key}*");
    }

    [Fact]
    public void Unknown_keys_are_rejected_listing_the_valid_ones()
    {
        var create = () => Create(("Cutof", "0.5"));
        create.Should().Throw<InvalidInputException>().WithMessage("*Cutof*Valid keys*InitialCutoff*");
    }

    [Fact]
    public void The_plugin_binds_its_options_and_is_exported_as_fourier()
    {
        // Enabled is the host's switch and never reaches the plugin (ConfigurationModel.PluginSettings).
        using var resampler = Create(("Type", "fourier"), ("InitialCutoff", "0.5"));
        // Band edge at bin 8 of 32 samples, a 2-bin ramp: bins 0-9 kept, 19 samples, rounded up to the fast 20.
        resampler.OutputSize([32]).Should().Equal(20);
        var attribute = typeof(FourierResamplerPlugin).GetCustomAttribute<PluginAttribute>()!;
        attribute.Kind.Should().Be(PluginKind.Resampler);
        attribute.Name.Should().Be("fourier");
    }
}
