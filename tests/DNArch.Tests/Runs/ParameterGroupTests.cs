using DNArch.Abstractions.Datasets;
using DNArch.Abstractions.Masks;
using DNArch.Abstractions.Resampling;
using DNArch.Engine.Network;
using DNArch.Engine.Search;
using DNArch.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

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
        var factory = host.Services.GetRequiredService<SupernetFactory>();
        using var network = factory.Create(EngineHost.Section(EngineHost.TinySearch("unused")), new DatasetInfo("waves", TaskKind.Classification, 1, [64], 4));
        var training = new TrainingOptions { WeightDecay = 0.05, ArchitectureLearningRate = 0.03 };

        using var optimizer = new SearchOptimizer(network, training);

        // Found independently of the network's own bookkeeping: every parameter of a Mask or Resampler module.
        var expected = network.named_modules()
            .Where(m => m.module is Mask or Resampler)
            .SelectMany(m => m.module.parameters())
            .Select(p => p.Handle)
            .ToHashSet();
        expected.Should().NotBeEmpty();
        optimizer.Architecture!.Parameters.Select(p => p.Handle).Should().BeEquivalentTo(expected);
        optimizer.Architecture.Options.weight_decay.Should().Be(0);
        optimizer.Architecture.Options.LearningRate.Should().Be(0.03);
        optimizer.Weights.Parameters.Select(p => p.Handle).Should().NotIntersectWith(expected);
        optimizer.Weights.Options.weight_decay.Should().Be(0.05);
        (optimizer.Weights.Parameters.Count() + optimizer.Architecture.Parameters.Count()).Should().Be(network.parameters().Count());
    }

    [Fact]
    public void A_frozen_architecture_gets_no_learning_rate_while_the_weights_do()
    {
        using var host = new EngineHost();
        var factory = host.Services.GetRequiredService<SupernetFactory>();
        using var network = factory.Create(EngineHost.Section(EngineHost.TinySearch("unused")), new DatasetInfo("waves", TaskKind.Classification, 1, [64], 4));
        using var optimizer = new SearchOptimizer(network, new TrainingOptions { LearningRate = 0.01, ArchitectureLearningRate = 0.02 });

        optimizer.Schedule(0.5, architectureFrozen: true);

        optimizer.Weights.LearningRate.Should().BeApproximately(0.005, 1e-12);
        optimizer.Architecture!.LearningRate.Should().Be(0);
    }
}
