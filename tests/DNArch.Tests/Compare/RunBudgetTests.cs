using DNArch.Abstractions.Architecture;
using DNArch.Abstractions.Datasets;
using DNArch.Engine.Compare;
using Microsoft.Extensions.Configuration;

namespace DNArch.Tests.Compare;

/// <summary>The met/missed flag: the realised network's exact cost against the budget's absolute target.</summary>
public sealed class RunBudgetTests
{
    static readonly ArchitectureRecord Record = new()
    {
        Depth = 2, MaxDepth = 2, Blocks = [], Params = 900, MaxParams = 1000, Macs = 60, MaxMacs = 100,
        Io = new NetworkIo { Task = TaskKind.Classification, InputChannels = 1, InputSize = [8], OutputChannels = 2 },
        StemKernelSize = [3], StemMaxKernelSize = [3], StemWidth = 4,
    };

    [Theory]
    [InlineData("flops", "0.5", 50.0, false)]
    [InlineData("flops", "0.6", 60.0, true)]
    [InlineData("params", "950", 950.0, true)]
    [InlineData("FLOPS", null, 50.0, false)]
    public void A_fraction_is_of_the_supernet_s_cost_and_the_flag_compares_the_exact_count(string metric, string? target, double absolute, bool met)
    {
        var budget = RunBudget.Of(Search(("Budget:Metric", metric), ("Budget:Target", target)), Record)!;

        budget.Target.Should().BeApproximately(absolute, 1e-9);
        budget.Met.Should().Be(met);
    }

    [Fact]
    public void A_metric_without_an_exact_count_in_the_architecture_leaves_the_flag_unknown() =>
        RunBudget.Of(Search(("Budget:Metric", "memory"), ("Budget:Target", "5000")), Record)!.Met.Should().BeNull();

    [Fact]
    public void No_metric_no_budget() => RunBudget.Of(Search(("Budget:Target", "0.5")), Record).Should().BeNull();

    static IConfigurationSection Search(params (string Key, string? Value)[] settings) =>
        new ConfigurationBuilder().AddInMemoryCollection(settings.Select(s => KeyValuePair.Create($"Search:{s.Key}", s.Value))).Build().GetSection("Search");
}
