using DNArch.Engine.Network;
using static TorchSharp.torch;
using static DNArch.Tests.Network.NetworkTestSetup;

namespace DNArch.Tests.Network;

[Collection(TorchCollection.Name)]
public sealed class FixedNetworkTests
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_fixed_network_from_a_record_has_the_records_parameters_and_flops(bool sequences)
    {
        var data = sequences ? Sequences : Images;
        var search = Search([.. SteepMasks(0.6), ("Resampling:InitialCutoff", "0.6")]);
        var factory = Factory();
        using var supernet = factory.Create(search, data);
        var record = supernet.Record();
        record.Depth.Should().BeLessThan(record.MaxDepth);
        record.Blocks[0].OutputSize.Should().NotEqual(record.Blocks[0].InputSize);

        using var network = factory.CreateFixed(search, record);
        network.parameters().Sum(p => p.numel()).Should().Be(record.Params);
        network.ArchitectureParameters().Should().BeEmpty();
        var rebuilt = network.Record();
        rebuilt.Params.Should().Be(record.Params);
        rebuilt.Macs.Should().Be(record.Macs);
        rebuilt.Blocks.Select(b => (b.Width, b.KernelSize[0], b.OutputSize[0]))
            .Should().Equal(record.Blocks.Where(b => b.Active).Select(b => (b.Width, b.KernelSize[0], b.OutputSize[0])));

        using var x = randn([2, data.InputChannels, .. data.Shape]);
        using var y = network.forward(x);
        y.shape[1].Should().Be(data.OutputChannels);
    }
}
