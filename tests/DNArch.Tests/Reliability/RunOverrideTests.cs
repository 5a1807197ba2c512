using System.Text.Json;
using System.Text.Json.Nodes;
using DNArch.Tests.Support;

namespace DNArch.Tests.Reliability;

/// <summary>A finished tiny search, shared by the tests of <see cref="RunOverrideTests"/>.</summary>
public sealed class FinishedSearch : IDisposable
{
    readonly TempDirectory temp = new();

    public FinishedSearch()
    {
        Plugins = DnarchProcess.BuiltInPluginFolder(temp);
        new KilledSearch(temp.Path, Plugins, temp.Sub("runs")).Complete("done");
        Run = Path.Combine(temp.Path, "runs", "done");
    }

    public string Plugins { get; }

    public string Run { get; }

    public string WorkingDirectory => temp.Path;

    public void Dispose() => temp.Dispose();
}

/// <summary>
/// Command-line overrides are never dropped in silence: <c>search --resume</c> refuses one that would change the run,
/// <c>retrain</c> applies validated <c>Search:Training:*</c> and <c>Search:Seed</c> overrides and refuses the others.
/// </summary>
public sealed class RunOverrideTests(FinishedSearch search) : IClassFixture<FinishedSearch>
{
    ProcessResult Dnarch(params string[] args) =>
        DnarchProcess.Run(search.WorkingDirectory, null, [.. args, $"--Plugins:Directories:0={search.Plugins}"]);

    [Theory]
    [InlineData("--Search:Training:Epochs=8", "Search:Training:Epochs")]
    [InlineData("--Search:Training:Epoks=8", "Search:Training:Epoks")]
    [InlineData("--Search:Training:Epochs=abc", "Search:Training:Epochs")]
    [InlineData("--Search:Seed=3", "Search:Seed")]
    public void Resume_refuses_an_override_that_would_change_the_run(string setting, string key)
    {
        var result = Dnarch("search", "--resume", search.Run, setting);

        result.ExitCode.Should().Be(2, result.StdErr);
        result.StdErr.Should().Contain(key).And.Contain("--resume").And.NotContain("   at ");
    }

    [Theory]
    [InlineData("--Search:Training:Epochs=3")]
    [InlineData("--Search:Training:LearningRate=1e-2")]
    [InlineData("--Search:Training:NonFinite=stop")]
    public void Resume_accepts_an_override_equal_to_the_runs_own_setting(string setting)
    {
        var result = Dnarch("search", "--resume", search.Run, setting);

        result.ExitCode.Should().Be(0, result.StdErr);
    }

    [Theory]
    [InlineData("--Search:Training:Epochs=abc", "Search:Training:Epochs")]
    [InlineData("--Search:Training:Epoks=8", "Search:Training:Epoks")]
    [InlineData("--Search:Network:Width=16", "Search:Network:Width")]
    public void Retrain_refuses_an_invalid_or_inapplicable_override_naming_it(string setting, string key)
    {
        var result = Dnarch("retrain", search.Run, setting);

        result.ExitCode.Should().Be(2, result.StdErr);
        result.StdErr.Should().Contain(key).And.NotContain("   at ");
    }

    [Fact]
    public void Retrain_finds_the_plugins_in_the_folders_the_run_was_made_with()
    {
        // No --Plugins:Directories: the test's program folder has no plugins of its own.
        var result = DnarchProcess.Run(search.WorkingDirectory, null, "retrain", search.Run, "--Search:Training:Epochs=1");

        result.ExitCode.Should().Be(0, result.StdErr);
    }

    [Fact]
    public void Config_json_holds_the_resolved_configuration_plugin_folders_and_provenance()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(search.Run, "config.json")));
        var root = json.RootElement;

        var training = root.GetProperty("Search").GetProperty("Training");
        training.GetProperty("Epochs").GetInt32().Should().Be(3);
        training.GetProperty("LearningRate").GetDouble().Should().Be(0.01, "defaults are written too");
        training.GetProperty("NonFinite").GetString().Should().Be("Stop");
        root.GetProperty("Search").GetProperty("Masks").GetProperty("Width").GetProperty("Temperature").GetDouble().Should().Be(20);
        root.GetProperty("Plugins").GetProperty("Directories").EnumerateArray().Select(d => d.GetString()).Should().Equal(search.Plugins);
        var provenance = root.GetProperty("Provenance");
        provenance.GetProperty("Commit").GetString().Should().MatchRegex("^[0-9a-f]{40}$");
        provenance.GetProperty("Framework").GetString().Should().NotBeNullOrEmpty();
        provenance.GetProperty("PluginAssemblies").EnumerateArray().Select(a => a.GetProperty("Name").GetString())
            .Should().Contain(["DNArch.Plugins.Kernels", "DNArch.Plugins.Masks", "DNArch.Plugins.Datasets"]);
        provenance.GetProperty("PluginAssemblies")[0].GetProperty("Version").GetString().Should().NotBeNullOrEmpty();
    }

    [Fact]
    public void A_runs_config_json_alone_reruns_it_to_the_same_metrics()
    {
        var again = Path.Combine(search.WorkingDirectory, "again");
        var result = DnarchProcess.Run(search.WorkingDirectory, new Dictionary<string, string>(KilledSearch.OneThread),
            "search", "--config", Path.Combine(search.Run, "config.json"), "--Search:Name=rerun", $"--Search:Output={again}");

        result.ExitCode.Should().Be(0, result.StdErr);
        var original = Deterministic(Path.Combine(search.Run, "metrics.jsonl"));
        original.Should().HaveCount(3);
        Deterministic(Path.Combine(again, "rerun", "metrics.jsonl")).Should().Equal(original);
    }

    // Every field of each metrics line but the wall time.
    static List<string> Deterministic(string metrics) =>
    [
        .. File.ReadAllLines(metrics).Where(l => l.Length > 0).Select(l =>
        {
            var line = JsonNode.Parse(l)!.AsObject();
            line.Remove("seconds");
            return line.ToJsonString();
        }),
    ];

    [Fact]
    public void Retrain_applies_training_overrides()
    {
        var result = Dnarch("retrain", search.Run, "--Search:Training:Epochs=1", "--Search:Seed=5");

        result.ExitCode.Should().Be(0, result.StdErr);
        // Another test retrains the same run with its own seed: this one is the run with seed 5.
        var retrained = Directory.GetDirectories(Path.GetDirectoryName(search.Run)!, "done-retrain*")
            .Single(d => File.ReadAllText(Path.Combine(d, "config.json")).Contains("\"Seed\": 5", StringComparison.Ordinal));
        File.ReadAllLines(Path.Combine(retrained, "metrics.jsonl")).Should().HaveCount(1);
    }
}
