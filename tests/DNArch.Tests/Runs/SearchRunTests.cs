using System.Text.Json;
using DNArch.Engine.Runs;
using DNArch.Engine.Search;
using DNArch.Tests.Support;

namespace DNArch.Tests.Runs;

[Collection(TorchCollection.Name)]
public sealed class SearchRunTests : IDisposable
{
    readonly TempDirectory temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public void A_tiny_search_writes_every_file_of_the_contract()
    {
        using var host = new EngineHost();
        using var run = host.Runs.Search(EngineHost.Section(EngineHost.TinySearch(temp.Path)));
        var record = run.Execute(CancellationToken.None);

        var dir = Path.Combine(temp.Path, "tiny");
        run.Run.Path.Should().Be(dir);
        foreach (var file in new[] { "architecture.json", "metrics.jsonl", "summary.md", "checkpoint.bin", "config.json" })
            File.Exists(Path.Combine(dir, file)).Should().BeTrue(file);

        using var architecture = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "architecture.json")));
        var root = architecture.RootElement;
        foreach (var key in new[] { "depth", "maxDepth", "blocks", "params", "flops", "maxParams", "maxFlops", "metrics" })
            root.TryGetProperty(key, out _).Should().BeTrue(key);
        root.GetProperty("metrics").TryGetProperty("valAccuracy", out _).Should().BeTrue();
        root.GetProperty("metrics").TryGetProperty("testAccuracy", out _).Should().BeTrue();
        var block = root.GetProperty("blocks")[0];
        foreach (var key in new[] { "index", "active", "kernelSize", "width", "maxWidth", "inputSize", "outputSize" })
            block.TryGetProperty(key, out _).Should().BeTrue(key);
        root.GetProperty("maxFlops").GetInt64().Should().Be(record.MaxMacs).And.BeGreaterThan(0);
        root.GetProperty("flops").GetInt64().Should().Be(record.Macs, "the contract names the MAC count flops");
        root.TryGetProperty("macs", out _).Should().BeFalse();

        var lines = File.ReadAllLines(Path.Combine(dir, "metrics.jsonl"));
        lines.Should().HaveCount(2);
        using var first = JsonDocument.Parse(lines[0]);
        foreach (var key in new[] { "epoch", "trainLoss", "valLoss", "valAccuracy", "flops", "params", "seconds" })
            first.RootElement.TryGetProperty(key, out _).Should().BeTrue(key);
        first.RootElement.TryGetProperty("macs", out _).Should().BeFalse();
        File.ReadAllText(Path.Combine(dir, "summary.md")).Should().Contain("| block |").And.MatchRegex(@"- testAccuracy: \d+\.\d\d%");
        foreach (var plot in new[] { "kernel-size.png", "width.png", "resolution.png", "depth-flops.png", "params.png", "loss-accuracy.png", "architecture.png" })
            new FileInfo(Path.Combine(dir, "plots", plot)).Length.Should().BeGreaterThan(1000, plot);
        Directory.EnumerateFiles(Path.Combine(dir, "tensorboard"), "events.out.tfevents.*", SearchOption.AllDirectories).Should().NotBeEmpty();
    }

    [Fact]
    public void An_existing_run_directory_is_never_overwritten()
    {
        using var host = new EngineHost();
        using var first = host.Runs.Search(EngineHost.Section(EngineHost.TinySearch(temp.Path)));
        using var second = host.Runs.Search(EngineHost.Section(EngineHost.TinySearch(temp.Path)));
        second.Run.Path.Should().Be(Path.Combine(temp.Path, "tiny-2"));
    }

    [Fact]
    public void A_resumed_run_ends_with_the_same_files_as_an_uninterrupted_one()
    {
        using var host = new EngineHost();
        using (var uninterrupted = host.Runs.Search(EngineHost.Section(EngineHost.TinySearch(temp.Path, "whole"))))
            uninterrupted.Execute(CancellationToken.None);

        using var stopper = new CancellationTokenSource();
        using (var stoppingHost = new EngineHost(new StopAfterSteps(5, stopper)))
        using (var interrupted = stoppingHost.Runs.Search(EngineHost.Section(EngineHost.TinySearch(temp.Path, "split"))))
        {
            var act = () => interrupted.Execute(stopper.Token);
            act.Should().Throw<OperationCanceledException>();
        }
        var split = Path.Combine(temp.Path, "split");
        File.ReadAllLines(Path.Combine(split, "metrics.jsonl")).Should().HaveCount(1, "the stop came in the second epoch");

        using (var resumed = host.Runs.Search(RunConfiguration.Load(RunDirectory.Open(split, "--resume")), RunDirectory.Open(split, "--resume")))
            resumed.Execute(CancellationToken.None);

        var whole = Path.Combine(temp.Path, "whole");
        RunFiles.Comparable(split).Should().Equal(RunFiles.Comparable(whole));
    }

    /// <summary>Requests a stop after a number of training steps, as Ctrl+C would.</summary>
    sealed class StopAfterSteps(int steps, CancellationTokenSource stop) : ISearchObserver
    {
        int seen;

        public void OnStep(StepProgress step)
        {
            if (++seen == steps) stop.Cancel();
        }
    }
}
