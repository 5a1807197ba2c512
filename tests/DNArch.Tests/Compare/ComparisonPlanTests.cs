using DNArch.Abstractions.Configuration;
using DNArch.Engine.Compare;
using Microsoft.Extensions.Configuration;

namespace DNArch.Tests.Compare;

/// <summary>Compare:Vary and Compare:Seeds to runs: order, names, sub-configurations, the seed axis.</summary>
public sealed class ComparisonPlanTests
{
    [Fact]
    public void A_key_varied_alone_names_its_runs_by_its_last_segment_in_the_order_given()
    {
        var plan = Plan(("Compare:Vary:Search:Kernel:Type", "siren,mlp,magnet"));

        plan.Runs.Select(r => r.Name).Should().Equal("Type-siren", "Type-mlp", "Type-magnet");
        plan.Runs[1].Settings.Should().Equal(new Dictionary<string, string?> { ["Search:Kernel:Type"] = "mlp" });
    }

    [Fact]
    public void Keys_with_the_same_last_segment_are_named_by_their_shortest_distinct_tail_first_key_slowest()
    {
        // Given in the other order: axes follow the configuration's key order, values the order given.
        var plan = Plan(("Compare:Vary:Search:Masks:KernelSize:Type", "cosine,gaussian"), ("Compare:Vary:Search:Kernel:Type", "rff,mlp"));

        plan.Combinations.Select(c => c.Name).Should().Equal(
            "Kernel.Type-rff_KernelSize.Type-cosine", "Kernel.Type-rff_KernelSize.Type-gaussian",
            "Kernel.Type-mlp_KernelSize.Type-cosine", "Kernel.Type-mlp_KernelSize.Type-gaussian");
    }

    [Fact]
    public void A_list_of_more_than_ten_values_keeps_its_order()
    {
        var values = Enumerable.Range(0, 12).Select(i => ($"Compare:Vary:Search:Training:Epochs:{i}", (12 - i).ToString(System.Globalization.CultureInfo.InvariantCulture))).ToArray();

        Plan(values).Runs.Select(r => r.Settings["Search:Training:Epochs"]).Should().Equal(Enumerable.Range(1, 12).Reverse().Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void A_sub_configuration_carries_a_plugin_s_own_options_with_its_type_and_names_those_that_differ()
    {
        var plan = Plan(
            ("Compare:Vary:Search:Kernel:0:Type", "siren"), ("Compare:Vary:Search:Kernel:0:Omega0", "10"), ("Compare:Vary:Search:Kernel:0:Hidden", "16"),
            ("Compare:Vary:Search:Kernel:1:Type", "mlp"), ("Compare:Vary:Search:Kernel:1:Hidden", "16"));

        plan.Combinations.Select(c => c.Name).Should().Equal("Kernel-siren.Omega0-10", "Kernel-mlp");
        plan.Combinations[0].Settings.Should().BeEquivalentTo(new Dictionary<string, string?>
        {
            ["Search:Kernel:Type"] = "siren", ["Search:Kernel:Omega0"] = "10", ["Search:Kernel:Hidden"] = "16",
        });
        plan.Combinations[1].Settings.Keys.Should().BeEquivalentTo("Search:Kernel:Type", "Search:Kernel:Hidden");
    }

    [Fact]
    public void Compare_seeds_run_every_combination_once_per_seed_with_its_seed_set()
    {
        var plan = Plan(("Compare:Vary:Search:Kernel:Type", "mlp,siren"), ("Compare:Seeds", "3,1"));

        plan.Runs.Select(r => r.Name).Should().Equal("Type-mlp_Seed-3", "Type-mlp_Seed-1", "Type-siren_Seed-3", "Type-siren_Seed-1");
        plan.Runs[1].Settings["Search:Seed"].Should().Be("1");
        plan.Combinations.Should().HaveCount(2);
    }

    [Fact]
    public void Search_seed_in_vary_is_the_seed_axis_not_a_combination()
    {
        var plan = Plan(("Compare:Vary:Search:Kernel:Type", "mlp"), ("Compare:Vary:Search:Seed:0", "1"), ("Compare:Vary:Search:Seed:1", "2"));

        plan.Combinations.Select(c => c.Name).Should().Equal("Type-mlp");
        plan.Seeds.Should().Equal(1, 2);
    }

    [Fact]
    public void A_run_name_and_settings_give_back_its_combination_and_seed()
    {
        var run = Plan(("Compare:Vary:Search:Kernel:Type", "mlp"), ("Compare:Seeds", "12")).Runs.Single();

        var back = ComparisonRun.Of(run.Name, run.Settings);

        back.Seed.Should().Be(12);
        back.Combination.Name.Should().Be("Type-mlp");
        back.Combination.Settings.Keys.Should().Equal("Search:Kernel:Type");
        ComparisonRun.Of("Type-mlp", new Dictionary<string, string?> { ["Search:Kernel:Type"] = "mlp" }).Seed.Should().BeNull();
    }

    [Theory]
    [InlineData("Compare:Seeds", "1,x", "Compare:Seeds: 'x' is not a seed*")]
    [InlineData("Compare:Seeds", "1,1", "Compare:Seeds: a seed given twice*")]
    [InlineData("Compare:Vary:Search:Seed", "1,2", "Compare:Seeds: given together with Compare:Vary:Search:Seed*")]
    [InlineData("Compare:Vary:Search:Kernel:Type", "", "Compare:Vary:Search:Kernel:Type: an empty list*")]
    [InlineData("Compare:Vary:0", "mlp", "Compare:Vary: a list without a key*")]
    public void Bad_values_name_their_key(string key, string value, string message) =>
        FluentActions.Invoking(() => Plan(("Compare:Vary:Search:Kernel:Type", "mlp"), ("Compare:Seeds", "4"), (key, value)))
            .Should().Throw<InvalidInputException>().WithMessage(message);

    [Fact]
    public void Values_that_would_give_two_runs_one_name_are_refused() =>
        FluentActions.Invoking(() => Plan(("Compare:Vary:Search:Dataset:Path", "a b,a-b")))
            .Should().Throw<InvalidInputException>().WithMessage("Compare:Vary: two combinations are both named 'Path-a-b'*");

    // A key given twice keeps its later value, as configuration sources do.
    static ComparisonPlan Plan(params (string Key, string Value)[] settings) =>
        ComparisonPlan.From(new ConfigurationBuilder().AddInMemoryCollection(settings.GroupBy(s => s.Key).Select(g => KeyValuePair.Create(g.Key, (string?)g.Last().Value))).Build());
}
