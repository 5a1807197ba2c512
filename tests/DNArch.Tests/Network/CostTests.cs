using DNArch.Engine.Network;
using static TorchSharp.torch;
using static DNArch.Tests.Network.NetworkTestSetup;

namespace DNArch.Tests.Network;

[Collection(TorchCollection.Name)]
public sealed class CostTests
{
    [Theory]
    [InlineData("Masks:KernelSize:InitialSize")]
    [InlineData("Masks:Width:InitialSize")]
    [InlineData("Masks:Depth:InitialSize")]
    [InlineData("Resampling:InitialCutoff")]
    public void Realised_flops_decrease_when_a_mask_shrinks(string key)
    {
        var flops = new[] { "1", "0.6", "0.2" }.Select(size =>
        {
            // Every other mask starts whole, so only the one under test shrinks the network.
            using var network = Factory().Create(Search(("Network:FftThreshold", "1000"),
                ("Masks:KernelSize:InitialSize", "1"), (key, size)), Sequences);
            return network.Record().Macs;
        }).ToList();
        flops.Should().BeInDescendingOrder().And.OnlyHaveUniqueItems();
    }

    [Fact]
    public void Estimates_are_differentiable_in_every_architecture_parameter()
    {
        using var network = Factory().Create(Search(("Resampling:InitialCutoff", "0.7"), ("Masks:Depth:InitialSize", "0.7")),
            Images with { Task = Abstractions.Datasets.TaskKind.Classification });
        using var scope = NewDisposeScope();
        var macs = network.Costs(CostMode.Estimate).Select(c => c.Macs).Aggregate((a, b) => a + b);
        macs.backward();
        foreach (var parameter in network.ArchitectureParameters())
            parameter.grad!.abs().sum().item<float>().Should().BeGreaterThan(0);
    }

    [Fact]
    public void Estimates_are_close_to_the_realised_counts_at_full_size()
    {
        using var network = Factory().Create(Search(("Resampling:Enabled", "false")), Sequences);
        using var scope = NewDisposeScope();
        double Sum(CostMode mode) => network.Costs(mode).Sum(c => c.Params.item<double>());
        Sum(CostMode.Estimate).Should().BeApproximately(Sum(CostMode.Realised), 0.05 * Sum(CostMode.Realised));
    }

    [Fact]
    public void Flops_leave_out_kernel_generation_which_is_paid_once_per_forward_pass()
    {
        var (small, large) = (Record("8"), Record("32"));
        large.Macs.Should().Be(small.Macs).And.BeGreaterThan(0);
        large.MaxMacs.Should().Be(small.MaxMacs);
        large.KernelMacs.Should().BeGreaterThan(small.KernelMacs).And.BeGreaterThan(0);
        large.Params.Should().BeGreaterThan(small.Params);

        static Abstractions.Architecture.ArchitectureRecord Record(string hidden)
        {
            using var network = Factory().Create(Search(("Kernel:Hidden", hidden)), Sequences);
            return network.Record();
        }
    }

    [Fact]
    public void The_flops_metric_measures_what_the_architecture_record_counts()
    {
        using var network = Factory().Create(Search(("Masks:Width:InitialSize", "0.6")), Sequences);
        using var scope = NewDisposeScope();
        var measured = new Plugins.Budgets.FlopsMetric().Measure(network.Costs(CostMode.Realised)).item<double>();
        measured.Should().BeApproximately(network.Record().Macs, 0.5, "the record rounds the n·log n counts to whole MACs");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Fft_layers_are_costed_by_the_documented_model(bool images)
    {
        // On the transform length N of DepthwiseConvolution.Fft, T(N) = 1.25·N·log2 N: (c_in + c_out)·T(N) + pairs·2N.
        // Causal 1-D: 40 positions, 40 taps, N = 40 + 39. Centred 2-D: 12×10 positions, 7×7 taps, N = (12 + 3)·(10 + 3).
        using var network = Factory().Create(Search(("Masks:KernelSize:Enabled", "false"), ("Network:FftThreshold", "1"),
            ("Network:Width", "3"), ("Resampling:InitialCutoff", "1")), images ? Images : Sequences);
        using var scope = NewDisposeScope();
        var costs = network.Costs(CostMode.Realised);
        var length = images ? 15.0 * 13 : 40 + 40 - 1;
        var transform = 1.25 * length * Math.Log2(length);
        // The stem's full conv: 2 input maps → 3 outputs, 6 pairs; a block's depthwise conv: 3 channels, 3 pairs.
        foreach (var (name, inputs, outputs, pairs) in new[] { ("stem.conv.depthwise", 2, 3, 6), ("block0.conv.depthwise", 3, 3, 3) })
        {
            var layer = costs.Single(c => c.Name == name);
            layer.Op.Should().Be(Abstractions.Budgets.LayerOp.DepthwiseFft);
            layer.Macs.item<double>().Should().BeApproximately((inputs + outputs) * transform + pairs * 2 * length, 1e-6, name);
        }
    }

    [Fact]
    public void A_conv_after_downsampling_is_costed_on_the_taps_its_input_meets()
    {
        // 12×10 images resampled to 3×3 by block 0: its centred 7×7 kernels meet 5×5 taps, N = (3 + 2)·(3 + 2).
        using var network = Factory().Create(Search(("Masks:KernelSize:Enabled", "false"), ("Masks:Width:Enabled", "false"),
            ("Network:FftThreshold", "1"), ("Network:Width", "3"), ("Resampling:InitialCutoff", "0.3"),
            ("Resampling:Transition", "Sigmoid")), Images);
        using var scope = NewDisposeScope();
        network.Record().Blocks[0].OutputSize.Should().Equal(3, 3);
        const double length = 25;
        var expected = 6 * 1.25 * length * Math.Log2(length) + 3 * 2 * length;
        network.Costs(CostMode.Realised).Single(c => c.Name == "block0.conv.depthwise").Macs.item<double>()
            .Should().BeApproximately(expected, 1e-6);
    }

    [Fact]
    public void The_supernet_and_the_estimate_pay_for_a_resampler_at_full_size_and_the_realised_network_does_not()
    {
        // At full size the resampler only masks while learning; the architecture has no resampling there.
        using var network = Factory().Create(Search(("Resampling:InitialCutoff", "1")), Images);
        using var scope = NewDisposeScope();
        double Macs(CostMode mode) => network.Costs(mode).Single(c => c.Name == "block0.resample").Macs.item<double>();
        network.Record().Blocks[0].OutputSize.Should().Equal(Images.Shape);
        Macs(CostMode.Realised).Should().Be(0);
        Macs(CostMode.Supernet).Should().BeGreaterThan(0);
        Macs(CostMode.Estimate).Should().BeGreaterThan(0);
    }

    [Theory]
    [InlineData("1", "1", "1")]
    [InlineData("0.9", "0.5", "0.7")]
    [InlineData("0.2", "0.3", "0.4")]
    [InlineData("0.05", "1", "0.2")]
    public void A_realised_network_never_costs_more_than_its_supernet(string cutoff, string width, string kernel)
    {
        // Tiny sequences, where the resamplers' transforms weigh most against what they save.
        (string, string)[] overrides =
            [("Masks:Width:InitialSize", width), ("Masks:KernelSize:InitialSize", kernel), ("Resampling:InitialCutoff", cutoff)];
        foreach (var data in new[] { Sequences, Images })
        {
            using var network = Factory().Create(Search(overrides), data);
            var record = network.Record();
            record.Macs.Should().BeLessThanOrEqualTo(record.MaxMacs, $"{data.Name} at cut-off {cutoff}");
            record.Params.Should().BeLessThanOrEqualTo(record.MaxParams);
        }
    }
}
