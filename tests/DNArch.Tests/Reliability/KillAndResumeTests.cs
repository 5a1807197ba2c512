using System.Diagnostics;
using DNArch.Tests.Support;

namespace DNArch.Tests.Reliability;

/// <summary>
/// Real processes SIGKILLed at many moments of a run — before its first checkpoint, at random times, halfway through
/// a checkpoint write — and resumed, as often as it takes, end with the files of an uninterrupted run.
/// </summary>
public sealed class KillAndResumeTests : IDisposable
{
    const int RandomKillsPerChain = 5;

    readonly TempDirectory temp = new();
    readonly KilledSearch search;

    public KillAndResumeTests() =>
        search = new KilledSearch(temp.Path, DnarchProcess.BuiltInPluginFolder(temp), temp.Sub("runs"));

    public void Dispose() => temp.Dispose();

    [Fact]
    public async Task Runs_killed_at_any_moment_resume_to_the_files_of_an_uninterrupted_run()
    {
        // Random kill moments fall within the lifetime of an uninterrupted process, so that they land whatever this
        // machine's speed.
        var clock = Stopwatch.StartNew();
        search.Complete("whole");
        var lifetime = (int)clock.ElapsedMilliseconds;
        var chains = new[]
        {
            Task.Run(() => KillInEveryCheckpoint("in-checkpoint")),
            Task.Run(() => KillAtRandom("first-epoch", seed: 1, lifetime, beforeFirstCheckpoint: true)),
            Task.Run(() => KillAtRandom("random", seed: 2, lifetime, beforeFirstCheckpoint: false)),
        };
        await Task.WhenAll(chains);

        chains.Sum(c => c.Result).Should().BeGreaterThanOrEqualTo(10, "a run is killed at 10 moments at least");
        var expected = RunFiles.Comparable(search.RunDirectory("whole"));
        foreach (var name in new[] { "in-checkpoint", "first-epoch", "random" })
            RunFiles.Comparable(search.RunDirectory(name)).Should().Equal(expected, name);
    }

    /// <summary>
    /// Kills halfway through each epoch's checkpoint write: the first process in its first write (so nothing is
    /// saved), each later one in its second (after saving the epoch the previous process lost).
    /// </summary>
    async Task<int> KillInEveryCheckpoint(string name)
    {
        var kills = 0;
        while (await search.KillAt(name, () => Task.Delay(Timeout.Infinite), KilledSearch.KillInCheckpoint(kills == 0 ? 1 : 2))) kills++;
        kills.Should().Be(3, "the tiny search has 3 epochs");
        return kills;
    }

    async Task<int> KillAtRandom(string name, int seed, int lifetimeMs, bool beforeFirstCheckpoint)
    {
        var random = new Random(seed);
        var kills = 0;
        if (beforeFirstCheckpoint && await search.KillAt(name, () => Appears(Path.Combine(search.RunDirectory(name), "config.json")))) kills++;
        for (var i = 0; i < RandomKillsPerChain; i++)
        {
            if (!await search.KillAt(name, () => Task.Delay(random.Next(lifetimeMs / 10, lifetimeMs)))) return kills;
            kills++;
        }
        search.Complete(name);
        return kills;
    }

    static async Task Appears(string file)
    {
        while (!File.Exists(file)) await Task.Delay(10);
    }
}
