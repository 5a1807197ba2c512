using DNArch.Tests.Support;

namespace DNArch.Tests.Reliability;

/// <summary>
/// A run directory is locked while a process writes it: a second writer is refused naming the holder, and the
/// live run's files (its in-flight temporary files too) are left alone; a lock left by a dead process is taken over.
/// </summary>
public sealed class RunLockTests : IDisposable
{
    readonly TempDirectory temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public async Task Resuming_or_retraining_a_live_run_is_refused_naming_its_process_and_leaves_its_files_alone()
    {
        var plugins = DnarchProcess.BuiltInPluginFolder(temp);
        using var live = DnarchProcess.Start(temp.Path, null, "search", $"--Plugins:Directories:0={plugins}",
            $"--Search:Output={temp.Path}", "--Search:Name=live", "--Search:Dataset:TrainCount=1280",
            "--Search:Network:Blocks=2", "--Search:Network:Width=8", "--Search:Training:Epochs=100000");
        _ = live.StandardError.ReadToEndAsync();
        try
        {
            string? line;
            while ((line = await live.StandardOutput.ReadLineAsync()) is not null && !line.StartsWith("epoch 1:", StringComparison.Ordinal)) { }
            line.Should().NotBeNull("the first epoch ends before the run does");
            var run = Path.Combine(temp.Path, "live");
            var inFlight = Path.Combine(run, $"summary.md.{live.Id}.tmp");
            File.WriteAllText(inFlight, "a live run's half-written file");

            foreach (var args in new[] { new[] { "search", "--resume", run }, ["retrain", run, "--Search:Training:Epochs=1"] })
            {
                var second = DnarchProcess.Run(temp.Path, null, [.. args, $"--Plugins:Directories:0={plugins}"]);
                if (args[0] == "search")
                {
                    second.ExitCode.Should().Be(2, second.StdErr);
                    second.StdErr.Should().Contain(run).And.Contain(live.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
                }
                File.Exists(inFlight).Should().BeTrue($"{args[0]} leaves the live run's temporary files alone");
            }
        }
        finally
        {
            live.Kill();
            await live.WaitForExitAsync();
        }
    }

    [Fact]
    public void A_lock_left_by_a_dead_process_is_taken_over()
    {
        var search = new KilledSearch(temp.Path, DnarchProcess.BuiltInPluginFolder(temp), temp.Sub("runs"));
        search.Complete("stale");
        var dir = search.RunDirectory("stale");
        File.WriteAllText(Path.Combine(dir, "run.lock"), "999999999 0\n");

        search.Complete("stale");

        File.Exists(Path.Combine(dir, "run.lock")).Should().BeFalse("a finished run releases its lock");
    }
}
