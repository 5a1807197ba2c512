using DNArch.Tests.Support;

namespace DNArch.Tests.Runs;

/// <summary>Configuration errors of a search stop it with exit code 2 before any training.</summary>
public sealed class SearchCommandTests : IDisposable
{
    readonly TempDirectory temp = new();

    public void Dispose() => temp.Dispose();

    ProcessResult Search(params string[] overrides) => DnarchProcess.Run(temp.Path, null,
        ["search", $"--Plugins:Directories:0={DnarchProcess.BuiltInPluginFolder(temp)}", $"--Search:Output={temp.Path}", .. overrides]);

    [Fact]
    public void An_unknown_kernel_plugin_exits_2_listing_the_kernel_plugins()
    {
        var result = Search("--Search:Kernel:Type=fourier-net");
        result.ExitCode.Should().Be(2, result.StdErr);
        result.StdErr.Should().Contain("Search:Kernel:Type").And.Contain("'fourier-net'").And.Contain("magnet, mlp, siren");
        Directory.Exists(Path.Combine(temp.Path, "default")).Should().BeFalse("nothing starts before the configuration is valid");
    }

    [Fact]
    public void A_negative_budget_exits_2_naming_the_key()
    {
        var result = Search("--Search:Budget:Target=-0.5");
        result.ExitCode.Should().Be(2, result.StdErr);
        result.StdErr.Should().Contain("Search:Budget:Target").And.NotContain("   at ");
    }

    [Fact]
    public void Cuda_where_there_is_none_exits_2()
    {
        var result = Search("--Search:Device=cuda");
        result.ExitCode.Should().Be(2, result.StdErr);
        result.StdErr.Should().Contain("Search:Device").And.Contain("CUDA");
    }

    [Fact]
    public void An_unknown_key_in_a_known_section_exits_2()
    {
        var result = Search("--Search:Training:Epoks=3");
        result.ExitCode.Should().Be(2, result.StdErr);
        result.StdErr.Should().Contain("Search:Training:Epoks").And.Contain("Epochs");
    }
}
