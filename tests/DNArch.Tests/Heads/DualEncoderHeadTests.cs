using DNArch.Abstractions.Budgets;
using DNArch.Abstractions.Configuration;
using DNArch.Abstractions.Datasets;
using DNArch.Engine.Network;
using DNArch.Tests.Datasets;
using DNArch.Tests.Support;
using static DNArch.Tests.Network.NetworkTestSetup;
using static TorchSharp.torch;

namespace DNArch.Tests.Heads;

/// <summary>The <c>dual-encoder</c> head: one trunk encodes both halves of the input channels, an MLP reads [a, b, a·b, a − b].</summary>
[Collection(TorchCollection.Name)]
public sealed class DualEncoderHeadTests
{
    static readonly DatasetInfo Pairs = new("pairs", TaskKind.Classification, 2, [40], 3);
    static readonly DatasetInfo Texts = Pairs with { InputChannels = 1 };

    static Supernet Dual(params (string, string)[] overrides) =>
        Factory().Create(Search([("Head:Type", "dual-encoder"), Grid, .. overrides]), Pairs);

    // The head's sizes below are for a pooling grid of 4 cells.
    static readonly (string, string) Grid = ("Network:HeadGrid", "4");

    [Fact]
    public void A_batch_of_pairs_gives_one_row_of_class_scores_per_pair()
    {
        manual_seed(1);
        using var network = Dual();

        using var output = network.forward(randn(5, 2, 40));

        output.shape.Should().Equal(5, 3);
    }

    [Fact]
    public void Both_texts_are_encoded_by_one_set_of_weights()
    {
        using var dual = Dual();
        using var single = Factory().Create(Search(Grid), Texts);

        Parameters(dual).Where(p => !p.StartsWith("head.output", StringComparison.Ordinal))
            .Should().Equal(Parameters(single).Where(p => !p.StartsWith("head.output", StringComparison.Ordinal)),
                "the trunk reads one text (one input channel) and exists once");
        Parameters(dual).Where(p => p.StartsWith("head.output", StringComparison.Ordinal)).Should().Equal(
            "head.output.hidden_weight [64, 128]", "head.output.hidden_bias [64]", "head.output.output_weight [3, 64]",
            "head.output.output_bias [3]");
    }

    [Fact]
    public void Gradients_reach_both_texts_and_the_shared_trunk()
    {
        manual_seed(3);
        using var network = Dual();
        using var x = randn(4, 2, 40).requires_grad_(true);

        network.forward(x).square().sum().backward();

        using var perText = x.grad!.abs().sum([0, 2]);
        perText.data<float>().ToArray().Should().OnlyContain(g => g > 0);
        network.named_parameters().Where(p => p.name.StartsWith("stem.conv", StringComparison.Ordinal))
            .Select(p => p.parameter.grad?.abs().sum().item<float>() ?? 0).Should().OnlyContain(g => g > 0);
    }

    [Fact]
    public void The_trunk_is_charged_once_per_text_and_its_weights_once()
    {
        using var dual = Dual();
        using var single = Factory().Create(Search(Grid), Texts);

        var pairs = dual.Costs(CostMode.Supernet).ToDictionary(c => c.Name);
        var texts = single.Costs(CostMode.Supernet).Where(c => c.Name != "head.linear").ToList();
        foreach (var layer in texts)
        {
            var charged = pairs[layer.Name];
            charged.Params.item<double>().Should().Be(layer.Params.item<double>(), layer.Name);
            charged.Macs.item<double>().Should().Be((layer.PerExample ? 2 : 1) * layer.Macs.item<double>(), layer.Name);
        }
        var hidden = pairs["head.hidden"];
        pairs.Keys.Except(texts.Select(t => t.Name)).Should().BeEquivalentTo("head.hidden", "head.output");
        hidden.Params.item<double>().Should().Be(4 * 32 * 64 + 64, "64 units on [a, b, a·b, a − b] of 8 channels × 4 cells each");
        dual.Costs(CostMode.Supernet).Sum(c => c.Params.item<double>())
            .Should().Be(dual.WeightParameters().Sum(p => (double)p.numel()), "the parameters are counted once");
    }

    [Fact]
    public void A_dense_task_or_an_odd_channel_count_is_refused_naming_the_head()
    {
        FluentActions.Invoking(() => Factory().Create(Search(("Head:Type", "dual-encoder")), Images with { InputChannels = 2 }))
            .Should().Throw<InvalidInputException>().WithMessage("*Search:Head:Type*dense*");
        FluentActions.Invoking(() => Factory().Create(Search(("Head:Type", "dual-encoder")), Pairs with { InputChannels = 3 }))
            .Should().Throw<InvalidInputException>().WithMessage("*Search:Head:Type*3*");
    }

    [Fact]
    public void A_search_learns_pairs_that_only_a_comparison_of_both_texts_labels()
    {
        using var temp = new TempDirectory();
        var aan = temp.Sub("aan");
        AanFiles.WriteTopics(aan, count: 96, length: 32, topics: 2, seed: 5);
        var settings = EngineHost.SearchSpace(blocks: 2, width: 8);
        settings["Search:Head:Type"] = "dual-encoder";
        settings["Search:Head:Hidden"] = "16";
        settings["Search:Output"] = temp.Path;
        settings["Search:Seed"] = "1";
        settings["Search:Dataset:Type"] = "retrieval";
        settings["Search:Dataset:Path"] = aan;
        settings["Search:Dataset:Length"] = "32";
        settings["Search:Training:Epochs"] = "4";
        settings["Search:Training:BatchSize"] = "16";
        using var host = new EngineHost();
        using var run = host.Runs.Search(EngineHost.Section(settings));

        var record = run.Execute(CancellationToken.None);

        record.Metrics["testAccuracy"].Should().BeGreaterThan(0.75, "chance is 50% and neither text alone tells the label");
    }

    static List<string> Parameters(Supernet network) =>
        network.named_parameters().Select(p => $"{p.name} [{string.Join(", ", p.parameter.shape)}]").ToList();
}
