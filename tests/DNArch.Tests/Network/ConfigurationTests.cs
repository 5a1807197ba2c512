using DNArch.Abstractions.Configuration;
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
    public void Bad_configuration_names_the_key(string key, string value, string named)
    {
        var create = () => Factory().Create(Search((key, value)), Sequences);
        create.Should().Throw<InvalidInputException>().Which.Message.Should().StartWith(named);
    }
}
