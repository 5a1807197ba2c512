using DNArch.Abstractions.Datasets;
using DNArch.Engine.Network;
using static TorchSharp.torch;
using static DNArch.Tests.Network.NetworkTestSetup;

namespace DNArch.Tests.Network;

/// <summary>
/// Cropping must compute exactly the masked full network: the same weights evaluated at full size, with the masks as
/// multipliers, where everything cropping removes is below 1e-6.
/// </summary>
[Collection(TorchCollection.Name)]
public sealed class CroppingTests
{
    // Batch norm is checked in training mode, where it normalises with the batch's own statistics.
    public static TheoryData<string, bool, string, bool> Cases => new()
    {
        { "mlp", true, "Layer", false }, { "mlp", false, "Layer", false }, { "siren", true, "Layer", false },
        { "magnet", false, "Layer", false }, { "mlp", true, "Batch", true }, { "mlp", false, "Batch", true },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Cropped_network_output_equals_the_masked_full_network(string kernel, bool sequences, string norm, bool training)
    {
        manual_seed(4);
        var data = sequences ? Sequences : Images;
        using var network = Factory().Create(Search([.. SteepMasks(0.5), ("Kernel:Type", kernel), ("Network:Norm", norm)]), data);
        network.train(training);
        var record = network.Record();
        // The check is only meaningful if cropping really removes something in every dimension.
        record.Depth.Should().BeLessThan(record.MaxDepth);
        record.StemWidth.Should().BeLessThan(8);
        record.Blocks[0].Width.Should().BeLessThan(record.Blocks[0].MaxWidth);
        record.Blocks[0].KernelSize[0].Should().BeLessThan(record.Blocks[0].MaxKernelSize[0]);

        using var x = randn([4, data.InputChannels, .. data.Shape]);
        using var cropped = network.forward(x);
        network.Cropping = false;
        using var full = network.forward(x);

        cropped.shape.Should().Equal(full.shape);
        using var difference = (cropped - full).abs().max();
        using var scale = full.abs().max();
        scale.item<float>().Should().BeGreaterThan(1e-3f);
        difference.item<float>().Should().BeLessThan(1e-4f * scale.item<float>());
    }

    [Fact]
    public void A_skipped_block_and_an_inactive_channel_cost_nothing()
    {
        using var full = Factory().Create(Search(("Resampling:InitialCutoff", "1"), ("Masks:KernelSize:InitialSize", "1")),
            Sequences);
        using var shrunk = Factory().Create(Search([.. SteepMasks(0.5), ("Resampling:InitialCutoff", "1")]), Sequences);
        var fullRecord = full.Record();
        var shrunkRecord = shrunk.Record();
        fullRecord.Params.Should().Be(fullRecord.MaxParams);
        // Only the resamplers differ: at full size they mask while learning but are no part of the architecture.
        var masking = full.Costs(CostMode.Supernet).Where(c => c.Name.EndsWith(".resample", StringComparison.Ordinal))
            .Sum(c => c.Macs.item<double>());
        masking.Should().BeGreaterThan(0);
        ((double)fullRecord.Macs).Should().BeApproximately(fullRecord.MaxMacs - masking, 1);
        shrunkRecord.Macs.Should().BeLessThan(fullRecord.Macs / 2);
        shrunkRecord.Params.Should().BeLessThan(fullRecord.Params);
        shrunkRecord.MaxMacs.Should().Be(fullRecord.MaxMacs);
    }

    [Fact]
    public void Dense_prediction_restores_the_input_resolution_after_downsampling()
    {
        manual_seed(5);
        using var network = Factory().Create(Search(("Resampling:InitialCutoff", "0.2")), Images);
        var record = network.Record();
        record.Blocks[0].OutputSize.Should().Equal(7, 5);
        using var x = randn(2, 2, 12, 10);
        using var y = network.forward(x);
        y.shape.Should().Equal(2, Images.OutputChannels, 12, 10);
    }
}
