using System.Text.Json;
using DNArch.Engine.Runs;
using DNArch.Tests.Support;

namespace DNArch.Tests.Runs;

[Collection(TorchCollection.Name)]
public sealed class RetrainAndCompareTests : IDisposable
{
    readonly TempDirectory temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public void Retrain_trains_the_found_architecture_as_a_fixed_network_with_the_records_size()
    {
        using var host = new EngineHost();
        var settings = EngineHost.TinySearch(temp.Path);
        settings["Search:Budget:Metric"] = "flops";
        settings["Search:Budget:Target"] = "0.5";
        using var search = host.Runs.Search(EngineHost.Section(settings));
        var found = search.Execute(CancellationToken.None);

        using var retrain = host.Runs.Retrain(RunDirectory.Open(search.Run.Path, "retrain"));
        var retrained = retrain.Execute(CancellationToken.None);

        retrain.Run.Path.Should().Be(Path.Combine(temp.Path, "tiny-retrain"));
        retrained.Params.Should().Be(found.Params);
        retrained.Macs.Should().Be(found.Macs);
        retrained.Blocks.Select(b => (b.Active, b.Width, b.KernelSize[0], b.OutputSize[0]))
            .Should().Equal(found.Blocks.Select(b => (b.Active, b.Width, b.KernelSize[0], b.OutputSize[0])));
        retrained.Metrics.Should().ContainKeys("valAccuracy", "testAccuracy");
    }

    [Fact]
    public void Compare_runs_every_combination_and_seed_and_prints_whole_table_rows_when_redirected()
    {
        var config = temp.File("tiny.json", JsonSerializer.Serialize(Nest(EngineHost.TinySearch(temp.Path))));
        var result = DnarchProcess.Run(temp.Path, null, "compare", "--config", config,
            $"--Plugins:Directories:0={DnarchProcess.BuiltInPluginFolder(temp)}",
            "--Compare:Name=kernels", "--Compare:Vary:Search:Kernel:Type=mlp,siren", "--Compare:Seeds=1,2", "--Search:Training:Epochs=1");

        result.ExitCode.Should().Be(0, result.StdErr);
        var csv = File.ReadAllLines(Path.Combine(temp.Path, "kernels", "compare.csv"));
        csv.Should().HaveCount(3);
        csv[0].Should().StartWith("combination,Search:Kernel:Type,n,figure,unit,valMean,valSd,testMean");
        csv.Skip(1).Select(l => string.Join(',', l.Split(',')[..3])).Should().Equal("Type-mlp,mlp,2", "Type-siren,siren,2");
        File.ReadAllLines(Path.Combine(temp.Path, "kernels", "runs.csv")).Should().HaveCount(5);
        // Redirected, the table's rows are printed whole: longer than a guessed 80 columns, none cut into pieces.
        var rows = result.StdOut.Split('\n').Where(l => l.StartsWith("| Type-", StringComparison.Ordinal)).ToList();
        rows.Should().HaveCount(6).And.OnlyContain(l => l.EndsWith(" |", StringComparison.Ordinal));
        rows.Max(l => l.Length).Should().BeGreaterThan(80);
        result.StdOut.Should().Contain("| Type-siren | 2 | ").And.Contain($"comparison: {Path.Combine(temp.Path, "kernels")}");
    }

    // Flat configuration keys (A:B:C) to the nested JSON object a --config file holds.
    static Dictionary<string, object> Nest(IDictionary<string, string?> flat)
    {
        var root = new Dictionary<string, object>();
        foreach (var (key, value) in flat)
        {
            var parts = key.Split(':');
            var node = root;
            foreach (var part in parts[..^1])
            {
                if (!node.TryGetValue(part, out var child)) node[part] = child = new Dictionary<string, object>();
                node = (Dictionary<string, object>)child;
            }
            node[parts[^1]] = value!;
        }
        return root;
    }
}
