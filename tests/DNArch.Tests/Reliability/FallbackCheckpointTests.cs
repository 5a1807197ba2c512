using DNArch.Tests.Support;

namespace DNArch.Tests.Reliability;

/// <summary>
/// A run resumed from <c>checkpoint.previous.bin</c> (its <c>checkpoint.bin</c> damaged) and killed inside its next
/// checkpoint write still has a good checkpoint: the damaged file never replaces the good previous one.
/// </summary>
public sealed class FallbackCheckpointTests : IDisposable
{
    readonly TempDirectory temp = new();
    readonly KilledSearch search;

    public FallbackCheckpointTests() =>
        search = new KilledSearch(temp.Path, DnarchProcess.BuiltInPluginFolder(temp), temp.Sub("runs"));

    public void Dispose() => temp.Dispose();

    [Fact]
    public async Task A_kill_in_the_save_after_a_fallback_resume_leaves_the_good_previous_checkpoint()
    {
        // The second checkpoint write is killed: checkpoint.bin and checkpoint.previous.bin both hold epoch 1.
        (await search.KillAt("fallback", () => Task.Delay(Timeout.Infinite), KilledSearch.KillInCheckpoint(2))).Should().BeTrue();
        var latest = Path.Combine(search.RunDirectory("fallback"), "checkpoint.bin");
        var bytes = File.ReadAllBytes(latest);
        bytes[bytes.Length / 3] ^= 0x5A;
        File.WriteAllBytes(latest, bytes);

        // Resumed from the previous checkpoint and killed in its first write; KillAt checks a good checkpoint is left.
        (await search.KillAt("fallback", () => Task.Delay(Timeout.Infinite), KilledSearch.KillInCheckpoint(1))).Should().BeTrue();

        search.Complete("fallback");
    }
}
