using DNArch.Engine.Runs;
using DNArch.Host.Terminal;
using DNArch.Tests.Support;
using Spectre.Console;

namespace DNArch.Tests.Reliability;

/// <summary>
/// What a killed or interrupted process leaves behind is cleaned up or described truthfully: temporary files in
/// sub-folders (plots), staging folders of run directories being created, a run interrupted before training.
/// </summary>
[Collection(TorchCollection.Name)]
public sealed class LeftoverFilesTests : IDisposable
{
    readonly TempDirectory temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public void Resuming_removes_temporary_files_a_killed_process_left_in_sub_folders()
    {
        using var host = new EngineHost();
        string path;
        using (var run = host.Runs.Search(EngineHost.Section(EngineHost.TinySearch(temp.Path)))) path = run.Run.Path;
        var plot = temp.File(Path.Combine(path, "plots", "depth.png.999999999.tmp"), "half a plot");

        using (RunDirectory.Open(path, "--resume")) { }

        File.Exists(plot).Should().BeFalse();
    }

    [Fact]
    public void Creating_a_run_directory_removes_staging_folders_of_dead_processes_only()
    {
        var dead = temp.Sub(".tiny.999999999.new");
        File.WriteAllText(Path.Combine(dead, "config.json"), "{}");
        var live = temp.Sub($".tiny.{Environment.ProcessId}.new");

        RunDirectory.CreateNew(temp.Path, "other");

        Directory.Exists(dead).Should().BeFalse("its process is gone");
        Directory.Exists(live).Should().BeTrue("its process is alive");
    }

    [Fact]
    public async Task An_interrupt_before_training_names_the_run_directory_and_how_to_resume_it()
    {
        using var host = new EngineHost();
        using var run = host.Runs.Search(EngineHost.Section(EngineHost.TinySearch(temp.Path)));
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(new StringWriter()) });
        using var interrupted = new CancellationTokenSource();
        await interrupted.CancelAsync();

        var act = () => new RunConsole(console, new ProgressBoard()).Run(run, interrupted.Token);

        (await act.Should().ThrowAsync<RunInterruptedException>()).Which.Message
            .Should().Contain(run.Run.Path).And.Contain("--resume").And.NotContain("nothing to resume");
    }
}
