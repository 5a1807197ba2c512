using System.Diagnostics;
using DNArch.Tests.Support;

namespace DNArch.Tests.Runs;

/// <summary>SIGTERM (what Ctrl+C and schedulers send) writes a checkpoint and exits 130; the run then resumes.</summary>
public sealed class InterruptTests : IDisposable
{
    readonly TempDirectory temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public async Task Sigterm_writes_a_checkpoint_exits_130_and_the_run_resumes_to_the_end()
    {
        var plugins = DnarchProcess.BuiltInPluginFolder(temp);
        using var process = DnarchProcess.Start(temp.Path, null, "search", $"--Plugins:Directories:0={plugins}",
            $"--Search:Output={temp.Path}", "--Search:Name=stopped", "--Search:Dataset:TrainCount=1280",
            "--Search:Network:Blocks=2", "--Search:Network:Width=8", "--Search:Training:Epochs=20");
        var stderr = process.StandardError.ReadToEndAsync();
        string? line;
        while ((line = await process.StandardOutput.ReadLineAsync()) is not null && !line.StartsWith("epoch 1:", StringComparison.Ordinal)) { }
        line.Should().NotBeNull("the first epoch ends before the run does");

        using (var kill = Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])) await kill.WaitForExitAsync();
        _ = process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(3));

        process.ExitCode.Should().Be(130, await stderr);
        (await stderr).Should().Contain("checkpoint written").And.Contain("--resume");
        var run = Path.Combine(temp.Path, "stopped");
        File.Exists(Path.Combine(run, "checkpoint.bin")).Should().BeTrue();

        var resumed = DnarchProcess.Run(temp.Path, null, "search", "--resume", run, $"--Plugins:Directories:0={plugins}");
        resumed.ExitCode.Should().Be(0, resumed.StdErr);
        File.ReadAllLines(Path.Combine(run, "metrics.jsonl")).Should().HaveCount(20);
    }

    [Fact]
    public async Task Sigterm_before_the_host_listens_exits_130_not_by_the_signal()
    {
        // The configuration file is a named pipe: dnarch waits on it, after catching signals and before the host
        // starts, until the test has seen the signal caught. So the signal lands before the host, whatever the load.
        var config = System.IO.Path.Combine(temp.Path, "config.json");
        using (var mkfifo = Process.Start("mkfifo", [config])) await mkfifo.WaitForExitAsync();
        using var process = DnarchProcess.Start(temp.Path, null, "search", "--config", config,
            $"--Plugins:Directories:0={DnarchProcess.BuiltInPluginFolder(temp)}", $"--Search:Output={temp.Path}",
            "--Search:Network:Blocks=2", "--Search:Network:Width=8");
        _ = process.StandardOutput.ReadToEndAsync();
        // Opening the pipe for writing returns once dnarch has opened it for reading.
        await using var writer = await Task.Run(() => new FileStream(config, FileMode.Open, FileAccess.Write)).WaitAsync(TimeSpan.FromMinutes(1));

        using (var kill = Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])) await kill.WaitForExitAsync();
        var caught = await process.StandardError.ReadLineAsync().WaitAsync(TimeSpan.FromMinutes(1));
        caught.Should().Contain("SIGTERM received while starting");
        await writer.WriteAsync("{}"u8.ToArray());
        await writer.DisposeAsync();
        var rest = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(3));

        process.ExitCode.Should().Be(130, rest);
        rest.Should().Contain("interrupted before training started");
    }
}
