using DNArch.Abstractions.Configuration;
using DNArch.Engine.Compare;
using DNArch.Tests.Support;
using Microsoft.Extensions.Configuration;

namespace DNArch.Tests.Compare;

/// <summary>A comparison run in process: seeds aggregated per combination, its files, and no folder left by a bad value.</summary>
[Collection(TorchCollection.Name)]
public sealed class LocalComparisonTests : IDisposable
{
    readonly TempDirectory temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public async Task Seeds_are_aggregated_per_combination_into_tables_and_plots_with_the_budget_flag()
    {
        using var host = new EngineHost();
        var settings = Tiny();
        settings["Search:Budget:Metric"] = "flops";
        settings["Search:Budget:Target"] = "0.5";
        settings["Compare:Vary:Search:Kernel:0:Type"] = "mlp";
        settings["Compare:Vary:Search:Kernel:1:Type"] = "siren";
        settings["Compare:Vary:Search:Kernel:1:Omega0"] = "10";
        settings["Compare:Seeds"] = "1,2";

        using var comparison = LocalComparison.Prepare(Configuration(settings), host.Runs);
        await comparison.RunAsync((_, search) =>
        {
            search.Execute(CancellationToken.None);
            return Task.CompletedTask;
        });

        var folder = Path.Combine(temp.Path, "k");
        comparison.Folder.Should().Be(folder);
        File.ReadAllText(Path.Combine(folder, "Kernel-siren.Omega0-10_Seed-2", "config.json")).Should().Contain("\"Omega0\": 10").And.Contain("\"Seed\": 2");
        var runs = Csv(folder, "runs.csv");
        runs.Select(r => r["run"]).Should().Equal("Kernel-mlp_Seed-1", "Kernel-mlp_Seed-2", "Kernel-siren.Omega0-10_Seed-1", "Kernel-siren.Omega0-10_Seed-2");
        var combinations = Csv(folder, "compare.csv");
        combinations.Select(c => (c["combination"], c["Search:Kernel:Type"], c["n"], c["unit"])).Should().Equal(
            ("Kernel-mlp", "mlp", "2", "%"), ("Kernel-siren.Omega0-10", "siren", "2", "%"));
        foreach (var c in combinations)
        {
            var own = runs.Where(r => r["combination"] == c["combination"]).ToList();
            Number(c["testMean"]).Should().BeApproximately(own.Average(r => Number(r["test"])), 1e-9);
            Number(c["testMean"]).Should().BeInRange(0, 100);
            Number(c["budgetTarget"]).Should().Be(0.5 * Number(c["maxFlops"]));
            Number(c["budgetMet"]).Should().Be(own.Count(r => Number(r["flops"]) <= Number(c["budgetTarget"])));
            Number(c["testCi95High"]).Should().BeGreaterThanOrEqualTo(Number(c["testMean"]));
        }
        comparison.Table.Rows.Select(r => (r[0], r[1])).Should().Equal(("Kernel-mlp", "2"), ("Kernel-siren.Omega0-10", "2"));
        var md = File.ReadAllText(Path.Combine(folder, "compare.md"));
        md.Should().Contain("| Kernel-mlp | 2 | ").And.Contain(" ± ").And.Contain("flops ≤ ").And.Contain("## Runs");
        foreach (var plot in new[] { ComparisonPlots.FigureAgainstFlops, ComparisonPlots.LearningCurves })
            new FileInfo(Path.Combine(folder, "plots", plot)).Length.Should().BeGreaterThan(1000, plot);
    }

    [Fact]
    public void A_bad_value_leaves_no_folder_behind_so_the_next_try_gets_the_same_name()
    {
        using var host = new EngineHost();
        var settings = Tiny();
        settings["Compare:Vary:Search:Kernel:Type"] = "mlp,nope";

        FluentActions.Invoking(() => LocalComparison.Prepare(Configuration(settings), host.Runs))
            .Should().Throw<InvalidInputException>().WithMessage("*there is no kernel plugin named 'nope'*");
        Directory.EnumerateFileSystemEntries(temp.Path).Should().BeEmpty();

        settings["Compare:Vary:Search:Kernel:Type"] = "mlp";
        using var again = LocalComparison.Prepare(Configuration(settings), host.Runs);
        again.Folder.Should().Be(Path.Combine(temp.Path, "k"));
    }

    Dictionary<string, string?> Tiny()
    {
        var settings = EngineHost.TinySearch(temp.Path);
        settings["Search:Training:Epochs"] = "1";
        settings["Compare:Name"] = "k";
        return settings;
    }

    static IConfiguration Configuration(Dictionary<string, string?> settings) => new ConfigurationBuilder().AddInMemoryCollection(settings).Build();

    static double Number(string text) => double.Parse(text, System.Globalization.CultureInfo.InvariantCulture);

    // A CSV the report wrote (no quoted fields in these), as one dictionary per line.
    static List<Dictionary<string, string>> Csv(string folder, string file)
    {
        var lines = File.ReadAllLines(Path.Combine(folder, file));
        var header = lines[0].Split(',');
        return lines.Skip(1).Select(l => header.Zip(l.Split(',')).ToDictionary(p => p.First, p => p.Second)).ToList();
    }
}
