using DNArch.Tests.Support;

namespace DNArch.Tests.Runs;

[Collection(TorchCollection.Name)]
public sealed class BudgetTests : IDisposable
{
    readonly TempDirectory temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public void A_search_with_half_the_supernets_flops_as_budget_ends_within_5_percent_of_it()
    {
        var settings = EngineHost.TinySearch(temp.Path);
        settings["Search:Training:Epochs"] = "4";
        settings["Search:Budget:Metric"] = "flops";
        settings["Search:Budget:Target"] = "0.5";
        settings["Search:Budget:Weight"] = "5";
        settings["Search:Training:ArchitectureLearningRate"] = "0.05";
        using var host = new EngineHost();
        using var run = host.Runs.Search(EngineHost.Section(settings));

        var record = run.Execute(CancellationToken.None);

        record.Macs.Should().BeLessThanOrEqualTo((long)(1.05 * 0.5 * record.MaxMacs));
        record.Macs.Should().BeGreaterThan(0);
    }

    [Fact]
    public void Without_a_budget_the_complexity_loss_is_zero()
    {
        using var host = new EngineHost();
        using var run = host.Runs.Search(EngineHost.Section(EngineHost.TinySearch(temp.Path)));
        run.Execute(CancellationToken.None);
        File.ReadAllLines(Path.Combine(run.Run.Path, "metrics.jsonl")).Should().AllSatisfy(l => l.Should().Contain("\"complexityLoss\":0"));
    }
}
