using DNArch.Abstractions.Configuration;
using DNArch.Engine.Runs;
using DNArch.Engine.Search;
using DNArch.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DNArch.Tests.Reliability;

/// <summary>A damaged latest checkpoint is detected by its checksum, reported, and the previous one used.</summary>
[Collection(TorchCollection.Name)]
public sealed class CheckpointVerificationTests : IDisposable
{
    readonly TempDirectory temp = new();
    readonly ListLogger<Trainer> log = new();

    public void Dispose() => temp.Dispose();

    EngineHost Host() => new(services => services.AddSingleton<ILogger<Trainer>>(log));

    static PreparedRun Resume(EngineHost host, string path)
    {
        var run = RunDirectory.Open(path, "--resume");
        return host.Runs.Search(RunConfiguration.Load(run), run);
    }

    [Theory]
    [InlineData("truncated")]
    [InlineData("corrupted")]
    public void A_damaged_latest_checkpoint_is_reported_and_the_previous_one_resumes_to_the_same_files(string damage)
    {
        using var host = Host();
        var path = host.Finished(EngineHost.TinySearch(temp.Path));
        var uninterrupted = RunFiles.Comparable(path);
        var checkpoint = Path.Combine(path, "checkpoint.bin");
        Damage(checkpoint, damage);
        Checkpoint.IsIntact(checkpoint).Should().BeFalse();

        using (var resumed = Resume(host, path)) resumed.Execute(CancellationToken.None);

        log.Warnings.Should().ContainSingle(w => w.Contains(checkpoint) && w.Contains("truncated or corrupted"));
        log.Entries.Should().Contain(e => e.Message.Contains("Resuming from") && e.Message.Contains("checkpoint.previous.bin"));
        RunFiles.Comparable(path).Should().Equal(uninterrupted);
    }

    [Fact]
    public void With_no_intact_checkpoint_left_resume_is_refused_naming_the_file_and_how_to_start_over()
    {
        using var host = Host();
        string path;
        using (var run = host.Runs.Search(EngineHost.Section(EngineHost.TinySearch(temp.Path)))) path = run.Run.Path;
        File.WriteAllText(Path.Combine(path, "checkpoint.bin"), "not a checkpoint");

        using var resumed = Resume(host, path);
        var act = () => resumed.Execute(CancellationToken.None);

        act.Should().Throw<InvalidInputException>().Which.Message
            .Should().Contain("checkpoint.bin").And.Contain("cannot be resumed").And.Contain("dnarch search --config");
    }

    [Fact]
    public void A_checkpoint_that_verifies_but_does_not_fit_the_network_is_reported_and_the_previous_one_used()
    {
        using var host = Host();
        var path = host.Finished(EngineHost.TinySearch(temp.Path));
        var uninterrupted = RunFiles.Comparable(path);
        var other = EngineHost.TinySearch(temp.Path, "narrow");
        other["Search:Network:Width"] = "4";
        other["Search:Training:Epochs"] = "1";
        File.Copy(Path.Combine(host.Finished(other), "checkpoint.bin"), Path.Combine(path, "checkpoint.bin"), overwrite: true);

        using (var resumed = Resume(host, path)) resumed.Execute(CancellationToken.None);

        log.Warnings.Should().ContainSingle(w => w.Contains(Path.Combine(path, "checkpoint.bin")) && w.Contains("does not fit"));
        RunFiles.Comparable(path).Should().Equal(uninterrupted);
    }

    static void Damage(string file, string how)
    {
        var bytes = File.ReadAllBytes(file);
        if (how == "truncated")
        {
            File.WriteAllBytes(file, bytes[..(bytes.Length / 2)]);
            return;
        }
        bytes[bytes.Length / 3] ^= 0x5A;
        File.WriteAllBytes(file, bytes);
    }
}
