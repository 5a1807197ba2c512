using DNArch.Engine.Search;
using static TorchSharp.torch;
using static DNArch.Tests.Network.NetworkTestSetup;

namespace DNArch.Tests.Network;

/// <summary>Below its target the hinge leaves a search alone; the two-sided budget pulls it back up to the target.</summary>
[Collection(TorchCollection.Name)]
public sealed class TwoSidedBudgetTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Below_the_target_only_the_two_sided_budget_has_a_loss_that_grows_the_network(bool twoSided)
    {
        manual_seed(7);
        using var network = Factory().Create(Search(SteepMasks(0.3)), Sequences);
        var budget = ComplexityBudget.Create(new BudgetOptions { Metric = "flops", Target = 0.95, TwoSided = twoSided },
            Resolver(), network)!;
        budget.Exact(network).Should().BeLessThan(0.9 * budget.Target, "the network starts well below its budget");

        using var loss = budget.Loss(network);
        loss.backward();

        if (!twoSided)
        {
            loss.item<float>().Should().Be(0);
            return;
        }
        loss.item<float>().Should().BeGreaterThan(0.05f);
        // Gradient descent on the loss grows the masks: a step against the gradient of a size parameter increases it.
        var grown = network.ArchitectureParameters().Where(p => p.grad is not null).ToList();
        grown.Should().NotBeEmpty();
        grown.Sum(p => p.grad!.sum().item<float>()).Should().BeLessThan(0);
    }
}
