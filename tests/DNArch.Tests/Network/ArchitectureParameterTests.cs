using DNArch.Engine.Network;
using TorchSharp;
using static TorchSharp.torch;
using static DNArch.Tests.Network.NetworkTestSetup;

namespace DNArch.Tests.Network;

[Collection(TorchCollection.Name)]
public sealed class ArchitectureParameterTests
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Every_architecture_parameter_gets_a_nonzero_gradient_from_the_task_loss(bool sequences)
    {
        manual_seed(6);
        var data = sequences ? Sequences : Images with { Task = Abstractions.Datasets.TaskKind.Classification };
        using var network = Factory().Create(Search(
            ("Resampling:InitialCutoff", "0.75"), ("Masks:Width:InitialSize", "0.6"), ("Masks:KernelSize:InitialSize", "0.5")), data);
        using var x = randn([8, data.InputChannels, .. data.Shape]);
        using var labels = randint(data.OutputChannels, [8]);
        using var loss = nn.functional.cross_entropy(network.forward(x), labels);
        loss.backward();

        var architecture = network.ArchitectureParameters();
        // σ per spatial dim of stem and blocks, width offsets of stem and blocks, the depth offset, block cut-offs.
        var dims = data.Shape.Count;
        architecture.Should().HaveCount(4 * dims + 4 + 1 + 3);
        foreach (var parameter in architecture)
        {
            parameter.grad.Should().NotBeNull();
            using var magnitude = parameter.grad!.abs().min();
            magnitude.item<float>().Should().BeGreaterThan(0f);
        }
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void At_the_default_start_every_architecture_parameter_learns_from_the_task(bool sequences)
    {
        // No initial values set: the resamplers start keeping every sample and must still get a task gradient.
        manual_seed(7);
        var data = sequences ? Sequences : Images with { Task = Abstractions.Datasets.TaskKind.Classification };
        using var network = Factory().Create(Search(), data);
        using var x = randn([8, data.InputChannels, .. data.Shape]);
        using var labels = randint(data.OutputChannels, [8]);
        using var loss = nn.functional.cross_entropy(network.forward(x), labels);
        loss.backward();

        foreach (var parameter in network.ArchitectureParameters())
        {
            using var magnitude = parameter.grad!.abs().min();
            magnitude.item<float>().Should().BeGreaterThan(0f);
        }
    }

    [Fact]
    public void Without_a_budget_the_task_loss_alone_moves_every_resampler_cut_off()
    {
        manual_seed(8);
        using var network = Factory().Create(Search(), Sequences);
        var cutoffs = network.ArchitectureParameters(ArchitectureDimension.Resolution);
        cutoffs.Should().NotBeEmpty();
        var before = cutoffs.Select(c => c.data<float>().ToArray()).ToList();
        using var optimizer = optim.Adam(cutoffs, lr: 0.01);
        for (var step = 0; step < 3; step++)
        {
            using var scope = NewDisposeScope();
            optimizer.zero_grad();
            nn.functional.cross_entropy(network.forward(randn([8, 2, 40])), randint(3, [8])).backward();
            optimizer.step();
        }
        for (var i = 0; i < cutoffs.Count; i++)
            cutoffs[i].data<float>().ToArray().Should().NotEqual(before[i], $"cut-off {i} moved");
    }

    [Fact]
    public void Architecture_and_weight_parameters_partition_all_parameters()
    {
        using var network = Factory().Create(Search(), Sequences);
        var architecture = network.ArchitectureParameters().Select(p => p.Handle).ToHashSet();
        var weights = network.WeightParameters().Select(p => p.Handle).ToHashSet();
        architecture.Should().NotIntersectWith(weights);
        architecture.Union(weights).Should().BeEquivalentTo(network.parameters().Select(p => p.Handle));
    }

    [Fact]
    public void The_supernet_cost_counts_exactly_the_weights_it_allocates()
    {
        // Independent of the cost formulas: the allocated tensors themselves.
        using var network = Factory().Create(Search(), Images);
        var allocated = network.WeightParameters().Sum(p => p.numel());
        network.Record().MaxParams.Should().Be(allocated);
    }
}
