using DNArch.Abstractions.Configuration;
using DNArch.Engine.Network;
using static DNArch.Tests.Network.NetworkTestSetup;

namespace DNArch.Tests.Network;

[Collection(TorchCollection.Name)]
public sealed class ConfigurationTests
{
    [Theory]
    [InlineData("Network:Bloks", "3", "Search:Network")]
    [InlineData("Network:Width", "wide", "Search:Network")]
    [InlineData("Network:Blocks", "0", "Search:Network:Blocks")]
    [InlineData("Network:MinWidth", "9", "Search:Network:MinWidth")]
    [InlineData("Network:Norm", "Group", "Search:Network")]
    [InlineData("Masks:Width:Type", "nonesuch", "Search:Masks:Width:Type")]
    [InlineData("Masks:Widht:Type", "sigmoid", "Search:Masks:Widht")]
    [InlineData("Masks:Depth:Enabled", "maybe", "Search:Masks:Depth:Enabled")]
    [InlineData("Kernel:Type", "", "Search:Kernel:Type")]
    [InlineData("Resampling:Type", "nonesuch", "Search:Resampling:Type")]
    [InlineData("Network:FftThreshold", "-1", "Search:Network:FftThreshold")]
    public void Bad_configuration_names_the_key(string key, string value, string named)
    {
        var create = () => Factory().Create(Search((key, value)), Sequences);
        create.Should().Throw<InvalidInputException>().Which.Message.Should().StartWith(named);
    }

    [Fact]
    public void The_fft_threshold_defaults_per_dimensionality_and_a_set_one_applies_to_both()
    {
        var defaults = new NetworkOptions();
        defaults.FftThresholdFor(1).Should().Be(12);
        defaults.FftThresholdFor(2).Should().Be(63);
        var set = new NetworkOptions { FftThreshold = 10 };
        set.FftThresholdFor(1).Should().Be(10);
        set.FftThresholdFor(2).Should().Be(10);
    }
}
