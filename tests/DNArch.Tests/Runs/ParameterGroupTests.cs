using DNArch.Abstractions.Datasets;
using DNArch.Abstractions.Kernels;
using DNArch.Abstractions.Masks;
using DNArch.Abstractions.Resampling;
using DNArch.Engine.Network;
using DNArch.Engine.Search;
using DNArch.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using TorchSharp.Modules;

namespace DNArch.Tests.Runs;

/// <summary>
/// The architecture parameters really sit in their own optimiser group (CCNN meant to do this and silently did not:
/// its name filter matched nothing).
/// </summary>
[Collection(TorchCollection.Name)]
public sealed class ParameterGroupTests
{
    [Fact]
    public void The_architecture_group_holds_exactly_the_mask_and_resampler_parameters_without_weight_decay()
    {
        using var host = new EngineHost();
        using var network = TinyNetwork(host);
        var training = new TrainingOptions { WeightDecay = 0.05, ArchitectureLearningRate = 0.03 };

        using var optimizer = new SearchOptimizer(network, training);

        // Found independently of the network's own bookkeeping: every parameter of a Mask or Resampler module.
        var expected = network.named_modules()
            .Where(m => m.module is Mask or Resampler)
            .SelectMany(m => m.module.parameters())
            .Select(p => p.Handle)
            .ToHashSet();
        expected.Should().NotBeEmpty();
        var architecture = optimizer.ArchitectureGroups.Should().ContainSingle().Subject;
        architecture.Parameters.Select(p => p.Handle).Should().BeEquivalentTo(expected);
        architecture.Options.weight_decay.Should().Be(0);
        architecture.Options.LearningRate.Should().Be(0.03);
        optimizer.Weights.Parameters.Select(p => p.Handle).Should().NotIntersectWith(expected);
        optimizer.Weights.Options.weight_decay.Should().Be(0.05);
        (optimizer.Weights.Parameters.Count() + architecture.Parameters.Count()).Should().Be(network.parameters().Count());
    }

    [Fact]
    public void A_kernel_weight_decay_gives_exactly_the_kernel_generators_a_group_of_their_own()
    {
        using var host = new EngineHost();
        using var network = TinyNetwork(host);
        using var optimizer = new SearchOptimizer(network,
            new TrainingOptions { LearningRate = 0.02, WeightDecay = 0.05, KernelWeightDecay = 0 });
        optimizer.Schedule(0.5, architectureFrozen: false);

        // Found by module type, independently of the network's own bookkeeping.
        var generators = Handles(network.named_modules().Where(m => m.module is KernelGenerator).Select(m => m.module));
        generators.Should().NotBeEmpty();
        var kernels = optimizer.KernelWeights.Should().NotBeNull().And.Subject.As<AdamW.ParamGroup>();
        kernels.Parameters.Select(p => p.Handle).Should().BeEquivalentTo(generators);
        kernels.Options.weight_decay.Should().Be(0);
        kernels.LearningRate.Should().BeApproximately(0.01, 1e-12);
        optimizer.Weights.Parameters.Select(p => p.Handle).Should().NotIntersectWith(generators);
        optimizer.Weights.Options.weight_decay.Should().Be(0.05);
        (optimizer.Weights.Parameters.Count() + kernels.Parameters.Count()
            + optimizer.ArchitectureGroups.Sum(g => g.Parameters.Count())).Should().Be(network.parameters().Count());
    }

    [Fact]
    public void Without_a_kernel_weight_decay_the_kernel_generators_decay_with_the_weights()
    {
        using var host = new EngineHost();
        using var network = TinyNetwork(host);
        using var optimizer = new SearchOptimizer(network, new TrainingOptions { WeightDecay = 0.05 });

        optimizer.KernelWeights.Should().BeNull();
        optimizer.Weights.Parameters.Select(p => p.Handle).Should()
            .Contain(network.KernelGeneratorParameters().Select(p => p.Handle));
    }

    [Fact]
    public void A_frozen_architecture_gets_no_learning_rate_while_the_weights_do()
    {
        using var host = new EngineHost();
        using var network = TinyNetwork(host);
        using var optimizer = new SearchOptimizer(network, new TrainingOptions { LearningRate = 0.01, ArchitectureLearningRate = 0.02 });

        optimizer.Schedule(0.5, architectureFrozen: true);

        optimizer.Weights.LearningRate.Should().BeApproximately(0.005, 1e-12);
        optimizer.ArchitectureGroups.Should().ContainSingle().Which.LearningRate.Should().Be(0);
    }

    [Fact]
    public void A_dimension_with_its_own_rate_gets_its_own_group_and_the_other_dimensions_share_one()
    {
        using var host = new EngineHost();
        using var network = TinyNetwork(host);
        var training = new TrainingOptions
        {
            ArchitectureLearningRate = 0.02,
            ArchitectureLearningRates = new ArchitectureLearningRates { Depth = 0.004, Resolution = 0 },
        };

        using var optimizer = new SearchOptimizer(network, training);
        optimizer.Schedule(0.5, architectureFrozen: false);

        // Found by module name and type, independently of the network's per-dimension bookkeeping.
        var depth = Handles(network.named_modules().Where(m => m.name == "depth_mask").Select(m => m.module));
        var resolution = Handles(network.named_modules().Where(m => m.module is Resampler).Select(m => m.module));
        var others = Handles(network.named_modules().Where(m => m.module is Mask && m.name != "depth_mask").Select(m => m.module));
        depth.Should().ContainSingle();
        resolution.Should().NotBeEmpty();
        others.Should().NotBeEmpty();
        var groups = optimizer.ArchitectureGroups;
        groups.Should().HaveCount(3);
        groups[0].Parameters.Select(p => p.Handle).Should().BeEquivalentTo(depth);
        groups[0].LearningRate.Should().BeApproximately(0.002, 1e-12);
        groups[1].Parameters.Select(p => p.Handle).Should().BeEquivalentTo(resolution);
        groups[1].LearningRate.Should().Be(0);
        groups[2].Parameters.Select(p => p.Handle).Should().BeEquivalentTo(others);
        groups[2].LearningRate.Should().BeApproximately(0.01, 1e-12);
        groups.Should().OnlyContain(g => g.Options.weight_decay == 0);

        optimizer.Schedule(1, architectureFrozen: true);
        groups.Should().OnlyContain(g => g.LearningRate == 0);
    }

    [Fact]
    public void The_dimensions_partition_the_architecture_parameters()
    {
        using var host = new EngineHost();
        using var network = TinyNetwork(host);

        var byDimension = Enum.GetValues<ArchitectureDimension>().Select(d => network.ArchitectureParameters(d)).ToList();

        byDimension.Should().OnlyContain(parameters => parameters.Count > 0);
        byDimension.SelectMany(parameters => parameters.Select(p => p.Handle)).Should()
            .OnlyHaveUniqueItems().And.BeEquivalentTo(network.ArchitectureParameters().Select(p => p.Handle));
    }

    static Supernet TinyNetwork(EngineHost host) => host.Services.GetRequiredService<SupernetFactory>()
        .Create(EngineHost.Section(EngineHost.TinySearch("unused")), new DatasetInfo("waves", TaskKind.Classification, 1, [64], 4));

    static HashSet<IntPtr> Handles(IEnumerable<TorchSharp.torch.nn.Module> modules) =>
        modules.SelectMany(m => m.parameters()).Select(p => p.Handle).ToHashSet();
}
