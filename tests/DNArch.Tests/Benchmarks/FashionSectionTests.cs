using DNArch.Benchmarks.Report;

namespace DNArch.Tests.Benchmarks;

public sealed class FashionSectionTests
{
    [Fact]
    public void Recipe_targets_judge_the_mean_the_lowest_seed_and_the_time()
    {
        var text = FashionSection.RecipeTargets([
            ("image-recipe-s0", 0.93, 900), ("image-recipe-s1", 0.919, 900), ("image-recipe-s2", 0.94, 900),
            ("sequence-recipe-s0", 0.885, 1000), ("sequence-recipe-s1", 0.879, 1700), ("image-defaults", 0.5, 10),
            ("image-recipe-siren-s0", 0.5, 900)]);

        text.Should().Contain("`recipes/fashion-mnist-image.json`").And.Contain("no seed below 92%")
            .And.Contain("mean 92.97% over 3 seeds — **missed**");
        text.Should().Contain("`recipes/fashion-mnist-sequence.json`").And.Contain("88.50% in 16.7 min, 87.90% in 28.3 min")
            .And.Contain("mean 88.20% over 2 seeds — **met**");
    }

    [Fact]
    public void A_recipe_seed_over_thirty_minutes_or_unfinished_is_not_a_pass()
    {
        FashionSection.RecipeTargets([("sequence-recipe-s0", 0.95, 1801)]).Should().Contain("**missed**");
        FashionSection.RecipeTargets([("sequence-recipe-s0", 0.95, 100), ("sequence-recipe-s1", null, null)])
            .Should().BeEmpty();
    }

    [Fact]
    public void Generator_target_needs_every_built_in_generator_within_two_points_of_the_best()
    {
        var text = FashionSection.GeneratorTarget([
            ("image-recipe-s0", "magnet", 0.93), ("image-recipe-s1", "magnet", 0.92), ("image-recipe-mlp-s0", "mlp", 0.91),
            ("image-recipe-siren-s0", "siren", 0.90), ("image-defaults", "mlp", 0.5), ("sequence-recipe-s0", "magnet", 0.1)]);

        text.Should().Contain("`magnet` 92.50% (2 seeds), `mlp` 91.00% (1 seed), `siren` 90.00% (1 seed)")
            .And.EndWith("**missed**.\n\n");
        FashionSection.GeneratorTarget([("image-recipe-s0", "magnet", 0.93), ("image-recipe-mlp-s0", "mlp", 0.915),
            ("image-recipe-siren-s0", "siren", 0.911)]).Should().Contain("**met**");
    }

    [Fact]
    public void Generator_target_is_not_met_while_a_built_in_generator_is_unmeasured()
    {
        FashionSection.GeneratorTarget([("image-recipe-s0", "magnet", 0.93), ("image-recipe-mlp-s0", "mlp", 0.93)])
            .Should().Contain("not measured: siren").And.Contain("**missed**");
        FashionSection.GeneratorTarget([("image-recipe-s0", "magnet", 0.93)]).Should().BeEmpty();
    }
}
