using System.Text.Json;
using DNArch.Abstractions.Configuration;
using DNArch.Abstractions.Launchers;
using DNArch.Abstractions.Plugins;
using DNArch.Engine.Compare;
using DNArch.Plugins.Sdk.Configuration;
using DNArch.Plugins.Launchers;
using DNArch.Tests.Support;
using Microsoft.Extensions.Configuration;

namespace DNArch.Tests.Launchers;

/// <summary>What a sweep writes before anything runs: manifest, base configuration, the Slurm job script.</summary>
public sealed class SweepFilesTests : IDisposable
{
    static readonly string[] Program = ["/opt/dotnet/dotnet", "/opt/dnarch/dnarch.dll"];

    readonly TempDirectory temp = new();
    readonly RecordingLauncher launcher = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public async Task The_manifest_has_one_entry_per_index_and_the_base_configuration_holds_the_rest_with_the_device()
    {
        var (manifest, launch) = await launcher.Coordinator().StartAsync(Configuration(), Program, CancellationToken.None);

        var sweep = Path.Combine(temp.Path, "s");
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(sweep, "sweep.json")));
        var root = json.RootElement;
        root.GetProperty("launcher").GetString().Should().Be("record");
        root.GetProperty("launcherOptions").GetProperty("Gres").GetString().Should().Be("gpu:1");
        var tasks = root.GetProperty("sweep").GetProperty("tasks").EnumerateArray().ToList();
        tasks.Select(Entry).Should().Equal(
            $"index=0 name=Type-mlp settings={{\"Search:Kernel:Type\":\"mlp\"}} runDirectory={sweep}/Type-mlp",
            $"index=1 name=Type-siren settings={{\"Search:Kernel:Type\":\"siren\"}} runDirectory={sweep}/Type-siren");
        File.ReadAllText(Path.Combine(sweep, "base.json")).ReplaceLineEndings("\n").Should().Be($$"""
            {
              "Search": {
                "Device": "cuda",
                "Output": "{{temp.Path}}"
              }
            }
            """);
        manifest.Sweep.CommandOf(manifest.Sweep.Tasks[1]).Should().Equal(
            [.. Program, "search", "--config", Path.Combine(sweep, "base.json"), $"--Search:Output={sweep}", "--Search:Name=Type-siren", "--Search:Kernel:Type=siren"]);
        launcher.Launches.Single().Indices.Should().Equal(0, 1);
        LaunchHistory.Read(sweep).Should().BeEquivalentTo([launch]);
    }

    [Fact]
    public async Task Collect_tells_queued_tasks_from_missing_ones_with_their_jobs_and_logs()
    {
        var coordinator = launcher.Coordinator();
        var (manifest, _) = await coordinator.StartAsync(Configuration(), Program, CancellationToken.None);
        launcher.States.Add(new SweepTaskState(0, Active: true, ExitCode: null));

        var collection = await coordinator.CollectAsync(manifest.Sweep.Directory, CancellationToken.None);

        collection.Complete.Should().BeFalse();
        collection.Unfinished.Select(u => u.Describe()).Should().Equal(
            "task 0 Type-mlp: still queued or running (job 42_0, log /logs/42_0.log)",
            "task 1 Type-siren: missing: no exit status (killed by the scheduler, out of time or memory, or its node failed) (job 42_1, log /logs/42_1.log)");

        var (_, again) = await coordinator.ResubmitAsync(manifest.Sweep.Directory, new ConfigurationBuilder().Build(), CancellationToken.None);
        again!.Result.Tasks.Select(t => t.Index).Should().Equal(1);
        launcher.Launches[^1].Options["Gres"].Should().Be("gpu:1");
    }

    [Fact]
    public void The_slurm_script_runs_each_index_s_search_with_the_sbatch_options_and_records_its_exit_code()
    {
        var sweep = new Sweep("/data/sweeps/k", "/data/sweeps/k/base.json", Program, "/home/me",
        [
            new SweepTask(0, "Type-mlp", new Dictionary<string, string?> { ["Search:Kernel:Type"] = "mlp" }, "/data/sweeps/k/Type-mlp"),
            new SweepTask(1, "Path-it's", new Dictionary<string, string?> { ["Search:Dataset:Path"] = "it's here" }, "/data/sweeps/k/Path-it's"),
        ]);
        var options = Options(("Type", "slurm"), ("Partition", "gpu"), ("Time", "2:00:00"), ("CpusPerTask", "4"), ("Mem", "8G"), ("Gres", "gpu:1"));

        var script = SlurmScript.Write(sweep, PluginOptions.Bind<SlurmLauncherOptions>(options), new SlurmFiles(sweep.Directory));

        script.Should().Be("""
            #!/bin/bash
            # dnarch sweep /data/sweeps/k: array task N runs task N of sweep.json.
            #SBATCH --job-name=dnarch-k
            #SBATCH --output=/data/sweeps/k/logs/%A_%a.log
            #SBATCH --chdir=/home/me
            #SBATCH --partition=gpu
            #SBATCH --time=2:00:00
            #SBATCH --cpus-per-task=4
            #SBATCH --mem=8G
            #SBATCH --gres=gpu:1
            case "$SLURM_ARRAY_TASK_ID" in
              0) command=('/opt/dotnet/dotnet' '/opt/dnarch/dnarch.dll' 'search' '--config' '/data/sweeps/k/base.json' '--Search:Output=/data/sweeps/k' '--Search:Name=Type-mlp' '--Search:Kernel:Type=mlp') ;;
              1) command=('/opt/dotnet/dotnet' '/opt/dnarch/dnarch.dll' 'search' '--config' '/data/sweeps/k/base.json' '--Search:Output=/data/sweeps/k' '--Search:Name=Path-it'\''s' '--Search:Dataset:Path=it'\''s here') ;;
              *) echo "dnarch sweep: no task $SLURM_ARRAY_TASK_ID in /data/sweeps/k/sweep.json" >&2; exit 2 ;;
            esac
            "${command[@]}"
            code=$?
            echo "$code" > '/data/sweeps/k/slurm/exit/'"$SLURM_ARRAY_TASK_ID".tmp && mv '/data/sweeps/k/slurm/exit/'"$SLURM_ARRAY_TASK_ID".tmp '/data/sweeps/k/slurm/exit/'"$SLURM_ARRAY_TASK_ID"
            exit "$code"

            """);
    }

    [Theory]
    [InlineData(new[] { 0, 1, 2, 3 }, "0-3")]
    [InlineData(new[] { 8, 0, 2, 1, 5, 7 }, "0-2,5,7-8")]
    [InlineData(new[] { 3 }, "3")]
    public void Array_indices_are_given_to_sbatch_as_ranges(int[] indices, string expected) =>
        SlurmScript.ArraySpec(indices).Should().Be(expected);

    [Theory]
    [InlineData("Gpus", "1", "Compare:Launcher:Gpus: unknown key")]
    [InlineData("CpusPerTask", "0", "Compare:Launcher:CpusPerTask")]
    [InlineData("Partition", "a\nb", "Compare:Launcher:Partition: a line break")]
    public void Invalid_slurm_options_name_their_key(string key, string value, string message) =>
        FluentActions.Invoking(() => PluginOptions.Bind<SlurmLauncherOptions>(Options(("Type", "slurm"), (key, value))))
            .Should().Throw<InvalidInputException>().WithMessage($"{message}*");

    [Fact]
    public void Both_launchers_are_plugins_of_the_launcher_kind()
    {
        PluginKinds.ContractOf(PluginKind.Launcher).Should().Be<ILauncherPlugin>();
        typeof(LocalLauncher).GetCustomAttributes(typeof(PluginAttribute), false).Cast<PluginAttribute>().Single().Name.Should().Be("local");
        typeof(SlurmLauncher).GetCustomAttributes(typeof(PluginAttribute), false).Cast<PluginAttribute>().Single().Name.Should().Be("slurm");
    }

    IConfiguration Configuration() => new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
    {
        ["Search:Output"] = temp.Path,
        ["Search:Device"] = "cuda",
        ["Compare:Name"] = "s",
        ["Compare:Vary:Search:Kernel:Type"] = "mlp,siren",
        ["Compare:Launcher:Type"] = RecordingLauncher.Name,
        ["Compare:Launcher:Gres"] = "gpu:1",
    }).Build();

    static IConfigurationSection Options(params (string Key, string Value)[] settings) =>
        new ConfigurationBuilder().AddInMemoryCollection(settings.Select(s => KeyValuePair.Create($"Compare:Launcher:{s.Key}", (string?)s.Value)))
            .Build().GetSection("Compare:Launcher");

    // One manifest entry on a line: its keys in order with their values (settings as compact JSON).
    static string Entry(JsonElement task) =>
        string.Join(' ', task.EnumerateObject().Select(p => $"{p.Name}={(p.Value.ValueKind == JsonValueKind.Object ? JsonSerializer.Serialize(p.Value) : p.Value.ToString())}"));
}
