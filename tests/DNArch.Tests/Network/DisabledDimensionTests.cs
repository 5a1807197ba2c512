using static DNArch.Tests.Network.NetworkTestSetup;

namespace DNArch.Tests.Network;

[Collection(TorchCollection.Name)]
public sealed class DisabledDimensionTests
{
    [Theory]
    [InlineData("Masks:KernelSize", 4)]
    [InlineData("Masks:Width", 4)]
    [InlineData("Masks:Depth", 1)]
    [InlineData("Resampling", 3)]
    public void A_disabled_dimension_stays_at_its_maximum_with_no_parameters(string section, int removedParameters)
    {
        // Start every mask small, so only the disabled dimension is at its maximum.
        var small = (string[])["Masks:KernelSize", "Masks:Width", "Masks:Depth"];
        var overrides = small.Select(s => ($"{s}:InitialSize", "0.3"))
            .Append(("Resampling:InitialCutoff", "0.5")).Append(($"{section}:Enabled", "false")).ToArray();
        using var all = Factory().Create(Search(overrides[..^1]), Sequences);
        using var network = Factory().Create(Search(overrides), Sequences);

        network.ArchitectureParameters().Should().HaveCount(all.ArchitectureParameters().Count - removedParameters);
        var record = network.Record();
        switch (section)
        {
            case "Masks:KernelSize":
                record.StemKernelSize.Should().Equal(record.StemMaxKernelSize);
                record.Blocks.Should().OnlyContain(b => b.KernelSize.SequenceEqual(b.MaxKernelSize));
                break;
            case "Masks:Width":
                record.StemWidth.Should().Be(8);
                record.Blocks.Should().OnlyContain(b => b.Width == b.MaxWidth);
                break;
            case "Masks:Depth":
                record.Depth.Should().Be(record.MaxDepth);
                break;
            default:
                record.Blocks.Should().OnlyContain(b => b.OutputSize.SequenceEqual(b.InputSize));
                break;
        }
    }

    [Fact]
    public void With_every_dimension_off_the_network_is_the_supernet()
    {
        using var network = Factory().Create(Search(("Masks:KernelSize:Enabled", "false"), ("Masks:Width:Enabled", "false"),
            ("Masks:Depth:Enabled", "False"), ("Resampling:Enabled", "false")), Images);
        network.ArchitectureParameters().Should().BeEmpty();
        var record = network.Record();
        record.Params.Should().Be(record.MaxParams);
        record.Macs.Should().Be(record.MaxMacs);
    }
}
