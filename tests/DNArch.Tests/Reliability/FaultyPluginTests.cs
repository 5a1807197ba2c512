using DNArch.Engine.Runs;
using DNArch.Tests.Support;

namespace DNArch.Tests.Reliability;

/// <summary>A plugin that throws or returns the wrong shape is reported by kind and name at start, with what was expected.</summary>
[Collection(TorchCollection.Name)]
public sealed class FaultyPluginTests : IDisposable
{
    readonly TempDirectory temp = new();

    public void Dispose() => temp.Dispose();

    Dictionary<string, string?> Faulty(string fault)
    {
        var settings = EngineHost.TinySearch(temp.Path);
        settings["Search:Kernel:Type"] = "faulty";
        settings["Search:Kernel:Fault"] = fault;
        return settings;
    }

    [Theory]
    [InlineData("throw", "The kernel plugin 'faulty' failed while building its module: InvalidOperationException: broken on purpose")]
    [InlineData("wrong-shape", "The kernel plugin 'faulty' returned a tensor of shape [5, 6] from forward(coordinates [5, 1]); expected [5, 3]")]
    public void A_faulty_kernel_plugin_is_reported_by_name_before_training(string fault, string message)
    {
        using var host = new EngineHost(_ => { }, FaultyKernel.CompileInto(temp.Sub("faulty")));

        var act = () => host.Runs.Search(EngineHost.Section(Faulty(fault)));

        act.Should().Throw<RunFailedException>().Which.Message.Should().Contain(message);
        Directory.Exists(Path.Combine(temp.Path, "tiny")).Should().BeFalse("nothing starts with a faulty plugin");
    }

    [Fact]
    public void The_program_exits_1_with_one_message_and_does_not_hang()
    {
        var plugins = FaultyKernel.CompileInto(temp.Sub("faulty"));
        var args = Faulty("wrong-shape").Select(s => $"--{s.Key}={s.Value}");

        var result = DnarchProcess.Run(temp.Path, null,
            ["search", $"--Plugins:Directories:0={DnarchProcess.BuiltInPluginFolder(temp)}", $"--Plugins:Directories:1={plugins}", .. args]);

        result.ExitCode.Should().Be(1, result.StdErr);
        result.StdErr.Should().Contain("dnarch: The kernel plugin 'faulty' returned a tensor of shape").And.NotContain("   at ");
    }
}
