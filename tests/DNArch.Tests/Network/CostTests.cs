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
            using var network = Factory().Create(Search(("Network:FftThreshold", "1000"), (key, size)), Sequences);
            return network.Record().Flops;
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
        large.Flops.Should().Be(small.Flops).And.BeGreaterThan(0);
        large.MaxFlops.Should().Be(small.MaxFlops);
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
        measured.Should().BeApproximately(network.Record().Flops, 0.5, "the record rounds the n·log n counts to whole MACs");
    }

    [Fact]
    public void Fft_layers_are_costed_by_the_documented_model()
    {
        // One 1-D depthwise conv: c channels, n positions, k taps, N = n + k - 1: c·(N·log2 N + 2N).
        using var network = Factory().Create(Search(("Masks:KernelSize:Enabled", "false"), ("Network:FftThreshold", "1"),
            ("Network:Width", "3")), Sequences);
        using var scope = NewDisposeScope();
        var costs = network.Costs(CostMode.Realised);
        const double length = 40 + 40 - 1;
        var perChannel = length * Math.Log2(length) + 2 * length;
        // The stem's full conv convolves width × input channels = 3 × 2 maps, a block's depthwise conv its 3 channels.
        foreach (var (name, maps) in new[] { ("stem.conv.depthwise", 6), ("block0.conv.depthwise", 3) })
        {
            var layer = costs.Single(c => c.Name == name);
            layer.Op.Should().Be(Abstractions.Budgets.LayerOp.DepthwiseFft);
            layer.Macs.item<double>().Should().BeApproximately(maps * perChannel, 1e-6, name);
        }
    }
}
