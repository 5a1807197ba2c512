using DNArch.Abstractions.Configuration;
using DNArch.Tests.Support;

namespace DNArch.Tests.Reliability;

/// <summary>
/// Malformed configurations are refused before any training: one line naming the key, exit code 2, no run directory,
/// no stack trace. Most go through <c>RunFactory.Search</c> in-process; a few through the real program.
/// </summary>
[Collection(TorchCollection.Name)]
public sealed class BadConfigurationTests : IDisposable
{
    readonly TempDirectory temp = new();

    public void Dispose() => temp.Dispose();

    /// <param name="overrides">Settings over the tiny search, <c>key=value</c> separated by <c>;</c>.</param>
    [Theory]
    [InlineData("Search:Training:Epochs=abc", "Search:Training:Epochs")]
    [InlineData("Search:Training:Epochs=0", "Search:Training:Epochs")]
    [InlineData("Search:Training:BatchSize=-4", "Search:Training:BatchSize")]
    [InlineData("Search:Training:WarmupEpochs=-1", "Search:Training:WarmupEpochs")]
    [InlineData("Search:Training:LearningRate=fast", "Search:Training:LearningRate")]
    [InlineData("Search:Training:NonFinite=sometimes", "Search:Training:NonFinite")]
    [InlineData("Search:Training:LabelSmoothing=1.5", "Search:Training:LabelSmoothing")]
    [InlineData("Search:Training:NormRecalibrationImages=-1", "Search:Training:NormRecalibrationImages")]
    [InlineData("Search:Training:RandomFlip=true", "Search:Training:RandomFlip")]
    [InlineData("Search:Training:RandomFlip=sometimes", "Search:Training:RandomFlip")]
    [InlineData("Search:Training:ArchitectureLearningRates:Depth=-0.1", "Search:Training:ArchitectureLearningRates:Depth")]
    [InlineData("Search:Training:ArchitectureLearningRates:Height=0.1", "Search:Training:ArchitectureLearningRates:Height")]
    [InlineData("Search:Seed=1.5", "Search:Seed")]
    [InlineData("Search:Network:Blocks=0", "Search:Network:Blocks")]
    [InlineData("Search:Network:Width=-8", "Search:Network:Width")]
    [InlineData("Search:Network:Dropout=1.5", "Search:Network:Dropout")]
    [InlineData("Search:Masks:Width:Threshold=1.5", "Search:Masks:Width:Threshold")]
    [InlineData("Search:Budget:Metric=flops;Search:Budget:Target=-0.5", "Search:Budget:Target")]
    [InlineData("Search:Dataset:TrainCount=0", "Search:Dataset:TrainCount")]
    [InlineData("Search:Kernel:Type=nope", "Search:Kernel:Type")]
    [InlineData("Search:Masks:Width:Type=nope", "Search:Masks:Width:Type")]
    [InlineData("Search:Dataset:Type=nope", "Search:Dataset:Type")]
    [InlineData("Search:Budget:Metric=nope", "Search:Budget:Metric")]
    [InlineData("Search:Training:Epoks=3", "Search:Training:Epoks")]
    [InlineData("Search:Network:Blocs=2", "Search:Network:Blocs")]
    [InlineData("Search:Kernel:Hiden=8", "Search:Kernel:Hiden")]
    [InlineData("Search:Epochs=3", "Search:Epochs")]
    [InlineData("Search:Masks:Height:Type=gaussian", "Search:Masks:Height")]
    [InlineData("Search:Device=tpu", "Search:Device")]
    [InlineData("Search:Name=a/b", "Search:Name")]
    [InlineData("Search:Resampling:Enabled=maybe", "Search:Resampling:Enabled")]
    [InlineData("Search:Dataset:Type=mnist;Search:Dataset:Path=/nonexistent/mnist", "/nonexistent/mnist")]
    [InlineData("Search:Training:Epochs:0=1;Search:Training:Epochs:1=2", "Search:Training:Epochs")]
    [InlineData("Search:Training:LearningRate:Value=0.1", "Search:Training:LearningRate")]
    [InlineData("Search:Seed:0=1", "Search:Seed")]
    [InlineData("Search:Kernel:Hidden:0=8", "Search:Kernel:Hidden")]
    [InlineData("Search:Network:Width:0=8", "Search:Network:Width")]
    public void A_malformed_setting_is_refused_naming_its_key_before_anything_starts(string overrides, string key)
    {
        var settings = EngineHost.TinySearch(temp.Path);
        if (overrides.Contains("Search:Dataset:Type=mnist", StringComparison.Ordinal))
            EngineHost.WithoutDataset(settings);
        foreach (var setting in overrides.Split(';'))
        {
            var (name, value) = (setting[..setting.IndexOf('=')], setting[(setting.IndexOf('=') + 1)..]);
            settings[name] = value;
        }
        using var host = new EngineHost();

        var act = () => host.Runs.Search(EngineHost.Section(settings));

        act.Should().Throw<InvalidInputException>().Which.Message.Should().Contain(key).And.NotContain("\n");
        Directory.EnumerateFileSystemEntries(temp.Path).Should().BeEmpty("no run directory is created");
    }

    [Fact]
    public void An_output_folder_that_cannot_be_written_is_refused_naming_the_key()
    {
        var settings = EngineHost.TinySearch(temp.File("occupied", "a file where the output folder should be"));
        using var host = new EngineHost();

        var act = () => host.Runs.Search(EngineHost.Section(settings));

        act.Should().Throw<InvalidInputException>().Which.Message.Should().StartWith("Search:Output").And.NotContain("\n");
    }

    [Theory]
    [InlineData("--Search:Training:Epochs=abc", "Search:Training:Epochs")]
    [InlineData("--Search:Training:NonFinite=sometimes", "Search:Training:NonFinite")]
    [InlineData("--Search:Output=/proc/version", "Search:Output")]
    [InlineData("--Search:Dataset:Type=mnist --Search:Dataset:Path=/nonexistent/mnist", "/nonexistent/mnist")]
    public void The_program_exits_2_with_one_error_line_and_no_stack_trace(string overrides, string key)
    {
        var result = DnarchProcess.Run(temp.Path, null,
            ["search", $"--Plugins:Directories:0={DnarchProcess.BuiltInPluginFolder(temp)}", $"--Search:Output={temp.Path}", .. overrides.Split(' ')]);

        result.ExitCode.Should().Be(2, result.StdErr);
        result.StdErr.Split('\n').Where(l => l.StartsWith("dnarch:", StringComparison.Ordinal)).Should().ContainSingle()
            .Which.Should().Contain(key);
        result.StdErr.Should().NotContain("   at ");
        Directory.Exists(Path.Combine(temp.Path, "default")).Should().BeFalse();
    }

    [Fact]
    public void An_unknown_log_level_exits_2_naming_the_key()
    {
        var result = DnarchProcess.Run(temp.Path, new Dictionary<string, string> { ["DNARCH_Logging__LogLevel__Default"] = "Loud" },
            "plugins", $"--Plugins:Directories:0={DnarchProcess.BuiltInPluginFolder(temp)}");

        result.ExitCode.Should().Be(2, result.StdErr);
        result.StdErr.Should().Contain("Logging:LogLevel:Default").And.Contain("Loud").And.NotContain("   at ");
    }

    [Fact]
    public void An_empty_plugin_folder_list_exits_2_pointing_at_Plugins_Directories()
    {
        var config = temp.File("empty.json", """{ "Plugins": { "Directories": [] } }""");

        var result = DnarchProcess.Run(temp.Path, null, "search", "--config", config, $"--Search:Output={temp.Path}");

        result.ExitCode.Should().Be(2, result.StdErr);
        result.StdErr.Should().Contain("Plugins:Directories").And.NotContain("   at ");
    }
}
