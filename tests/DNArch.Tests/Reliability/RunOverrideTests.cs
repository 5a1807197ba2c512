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

    [Fact]
    public void Resume_accepts_an_override_equal_to_the_runs_own_setting()
    {
        var result = Dnarch("search", "--resume", search.Run, "--Search:Training:Epochs=3");

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
    public void Retrain_applies_training_overrides()
    {
        var result = Dnarch("retrain", search.Run, "--Search:Training:Epochs=1", "--Search:Seed=5");

        result.ExitCode.Should().Be(0, result.StdErr);
        var retrained = Directory.GetDirectories(Path.GetDirectoryName(search.Run)!, "done-retrain*").Single();
        File.ReadAllLines(Path.Combine(retrained, "metrics.jsonl")).Should().HaveCount(1);
        File.ReadAllText(Path.Combine(retrained, "config.json")).Should().Contain("\"Seed\": \"5\"");
    }
}
