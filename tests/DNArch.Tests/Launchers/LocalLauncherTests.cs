using DNArch.Engine.Compare;
using DNArch.Tests.Support;

namespace DNArch.Tests.Launchers;

/// <summary>The <c>local</c> launcher: real <c>dnarch search</c> processes on this machine.</summary>
public sealed class LocalLauncherTests : IDisposable
{
    readonly TempDirectory temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public void Two_searches_run_at_once_and_are_collected_into_one_table()
    {
        var result = Sweeps.Compare(temp, "pair", "--Compare:Launcher:Type=local", "--Compare:Launcher:Parallel=2",
            "--Compare:Vary:Search:Kernel:Type=mlp,siren");

        result.ExitCode.Should().Be(0, result.StdErr);
        var sweep = Path.Combine(temp.Path, "pair");
        Sweeps.CsvRows(sweep).Skip(1).Select(l => l.Split(',')[0]).Should().Equal("Type-mlp", "Type-siren");
        result.StdOut.Should().Contain("| Type-siren | 1 |").And.Contain($"comparison: {sweep}");
        // In parallel: each search had started (written its config.json) before either finished (its summary.md).
        var runs = new[] { "Type-mlp", "Type-siren" }.Select(n => Path.Combine(sweep, n)).ToList();
        runs.Max(r => File.GetLastWriteTimeUtc(Path.Combine(r, "config.json")))
            .Should().BeBefore(runs.Min(r => File.GetLastWriteTimeUtc(Path.Combine(r, "summary.md"))));
        LaunchHistory.Read(sweep).Single().Result.Tasks.Select(t => (t.ExitCode, File.Exists(t.Log))).Should().Equal((0, true), (0, true));
    }

    [Fact]
    public void Collect_lists_a_failed_search_with_its_exit_code_and_log_and_exits_1()
    {
        var result = Sweeps.Compare(temp, "broken", "--Compare:Launcher:Type=local", "--Compare:Vary:Search:Kernel:Type=mlp,nope");

        var sweep = Path.Combine(temp.Path, "broken");
        var log = Path.Combine(sweep, "logs", "Type-nope.log");
        result.ExitCode.Should().Be(1);
        result.StdOut.Should().Contain($"task 1 Type-nope: failed with exit code 2 (log {log})");
        result.StdErr.Should().Contain("1 of 2 tasks have no result (1 failed)").And.Contain($"dnarch compare --resubmit {sweep}");
        File.ReadAllText(log).Should().Contain("Search:Kernel:Type: there is no kernel plugin named 'nope'");
        Sweeps.CsvRows(sweep).Should().HaveCount(2);
        File.ReadAllText(Path.Combine(sweep, "compare.md")).Should().Contain("Not finished (1):");

        var again = Sweeps.Dnarch(temp, "compare", "--collect", sweep);
        again.ExitCode.Should().Be(1);
        again.StdOut.Should().Contain("| Type-mlp | 1 |").And.Contain("task 1 Type-nope: failed with exit code 2");
    }

    [Fact]
    public void Resubmit_runs_only_the_failed_tasks_again_and_keeps_the_old_attempt()
    {
        Sweeps.Compare(temp, "retry", "--Compare:Launcher:Type=local", "--Compare:Vary:Search:Kernel:Type=mlp,nope").ExitCode.Should().Be(1);
        var sweep = Path.Combine(temp.Path, "retry");

        var result = Sweeps.Dnarch(temp, "compare", "--resubmit", sweep);

        result.ExitCode.Should().Be(1);
        var launches = LaunchHistory.Read(sweep);
        launches.Should().HaveCount(2);
        launches[1].Result.Tasks.Select(t => (t.Index, t.ExitCode, Path.GetFileName(t.Log))).Should().Equal((1, 2, "Type-nope-2.log"));
        File.Exists(Path.Combine(sweep, "logs", "Type-nope.log")).Should().BeTrue();
    }

    [Fact]
    public void Collect_of_a_folder_that_is_no_sweep_exits_2_naming_it()
    {
        var result = DnarchProcess.Run(temp.Path, null, "compare", "--collect", temp.Path);

        result.ExitCode.Should().Be(2);
        result.StdErr.Should().Contain($"--collect {temp.Path}: not a sweep folder: sweep.json is missing");
    }
}
