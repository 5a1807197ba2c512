using System.Diagnostics;
using System.Text.Json;
using DNArch.Engine.Runs;
using DNArch.Tests.Support;

namespace DNArch.Tests.Reliability;

/// <summary>
/// Real <c>dnarch search</c> processes on a search small enough to finish in seconds, started, SIGKILLed and resumed
/// by the kill-at-any-moment tests. Every process runs libtorch on one thread, so that a run and its resumption
/// reduce in the same order.
/// </summary>
public sealed class KilledSearch(string workingDirectory, string pluginFolder, string output)
{
    static readonly string[] Tiny =
    [
        "--Search:Seed=7", "--Search:Dataset:Type=waves", "--Search:Dataset:TrainCount=48", "--Search:Dataset:ValidationCount=16",
        "--Search:Dataset:TestCount=16", "--Search:Dataset:Length=64", "--Search:Kernel:Type=mlp", "--Search:Kernel:Hidden=4",
        "--Search:Kernel:Layers=2", "--Search:Network:Blocks=1", "--Search:Network:Width=4", "--Search:Training:Epochs=3",
        "--Search:Training:BatchSize=16",
    ];

    /// <summary>libtorch on one thread: the same seed then gives the same run.</summary>
    public static readonly IReadOnlyDictionary<string, string> OneThread = new Dictionary<string, string> { ["OMP_NUM_THREADS"] = "1", ["MKL_NUM_THREADS"] = "1" };

    public string RunDirectory(string name) => Path.Combine(output, name);

    /// <summary>A new search called <paramref name="name"/>, or its resumption once its run directory exists.</summary>
    public string[] Arguments(string name) => Directory.Exists(RunDirectory(name))
        ? ["search", "--resume", RunDirectory(name), $"--Plugins:Directories:0={pluginFolder}"]
        : ["search", $"--Plugins:Directories:0={pluginFolder}", $"--Search:Output={output}", $"--Search:Name={name}", .. Tiny];

    /// <summary>Runs (or resumes) <paramref name="name"/> to the end.</summary>
    public void Complete(string name)
    {
        var result = DnarchProcess.Run(workingDirectory, new Dictionary<string, string>(OneThread), Arguments(name));
        result.ExitCode.Should().Be(0, result.StdErr);
    }

    /// <summary>
    /// Starts or resumes <paramref name="name"/> and SIGKILLs it once <paramref name="moment"/> completes; true when
    /// the kill landed, false when the run had finished first. Either way the run directory must stay readable.
    /// </summary>
    public async Task<bool> KillAt(string name, Func<Task> moment, IDictionary<string, string>? environment = null)
    {
        using var process = DnarchProcess.Start(workingDirectory, environment is null ? new Dictionary<string, string>(OneThread) : new Dictionary<string, string>(environment), Arguments(name));
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await Task.WhenAny(moment(), process.WaitForExitAsync());
        var killed = !process.HasExited;
        if (killed) process.Kill();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(5));
        killed |= process.ExitCode == 137;
        if (!killed) process.ExitCode.Should().Be(0, await stderr + await stdout);
        await Task.WhenAll(stdout, stderr);
        ShouldBeReadable(RunDirectory(name));
        return killed;
    }

    /// <summary>With this test hook set, the process kills itself halfway through writing its <paramref name="n"/>-th checkpoint.</summary>
    public static Dictionary<string, string> KillInCheckpoint(int n) =>
        new(OneThread) { ["DNARCH_TEST_KILL_IN_CHECKPOINT"] = n.ToString(System.Globalization.CultureInfo.InvariantCulture) };

    static void ShouldBeReadable(string path)
    {
        if (!Directory.Exists(path)) return;
        var run = Engine.Runs.RunDirectory.AsItStands(path);
        using (JsonDocument.Parse(File.ReadAllText(run.Configuration))) { }
        if (File.Exists(run.Architecture)) run.ReadArchitecture();
        run.ReadMetrics();
        if (Checkpoint.Exists(run))
            (Checkpoint.IsIntact(run.Checkpoint) || Checkpoint.IsIntact(run.PreviousCheckpoint)).Should().BeTrue($"{path} keeps a good checkpoint");
    }
}
