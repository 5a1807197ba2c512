using DNArch.Abstractions.Architecture;
using DNArch.Engine.Runs;
using DNArch.Engine.Search;
using DNArch.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace DNArch.Tests.Reliability;

/// <summary>
/// The output folder filling up or turning read-only during a run ends it with a clear message, the checkpoint of the
/// last finished epoch intact; once the disk is fixed, the run resumes to the end.
/// </summary>
[Collection(TorchCollection.Name)]
public sealed class DiskFailureTests : IDisposable
{
    readonly TempDirectory temp = new();

    public void Dispose() => temp.Dispose();

    [SmallDiskFact]
    public void A_full_disk_stops_the_run_with_the_last_checkpoint_intact() =>
        FailMidRun(disk => disk.Fill(), disk => disk.Free(), "No space left on device");

    [SmallDiskFact]
    public void A_read_only_disk_stops_the_run_with_the_last_checkpoint_intact() =>
        FailMidRun(disk => disk.ReadOnly(true), disk => disk.ReadOnly(false), "Read-only file system");

    void FailMidRun(Action<SmallDisk> fail, Action<SmallDisk> repair, string reason)
    {
        using var disk = SmallDisk.TryMount(temp.Sub("disk"))!;
        using var host = new EngineHost(services => services.AddSingleton<ISearchObserver>(new AfterFirstEpoch(() => fail(disk))));
        using var run = host.Runs.Search(EngineHost.Section(EngineHost.TinySearch(disk.Path)));

        var act = () => run.Execute(CancellationToken.None);

        act.Should().Throw<RunFailedException>().Which.Message.Should()
            .Contain(run.Run.Path).And.Contain(reason).And.Contain("checkpoints written before are untouched")
            .And.Contain($"dnarch search --resume {run.Run.Path}");
        repair(disk);
        Checkpoint.IsIntact(run.Run.Checkpoint).Should().BeTrue();
        run.Run.ReadMetrics().Should().ContainSingle("the second epoch's files were never half written");

        var directory = RunDirectory.Open(run.Run.Path, "--resume");
        using var resumeHost = new EngineHost();
        using (var resumed = resumeHost.Runs.Search(RunConfiguration.Load(directory), directory))
            resumed.Execute(CancellationToken.None);
        run.Run.ReadMetrics().Should().HaveCount(2);
    }

    /// <summary>Breaks the disk once the first epoch's files and checkpoint are written.</summary>
    sealed class AfterFirstEpoch(Action action) : ISearchObserver
    {
        public void OnEpoch(EpochMetrics metrics, ArchitectureRecord architecture, IReadOnlyDictionary<string, float> architectureParameters)
        {
            if (metrics.Epoch == 1) action();
        }
    }
}
