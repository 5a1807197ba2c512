using System.Text.Json;
using DNArch.Abstractions.Plugins;
using DNArch.Host.Hosting;
using DNArch.Tests.Support;

namespace DNArch.Tests.Host;

/// <summary>The real program, as a user runs it: output, exit codes and messages.</summary>
public sealed class DnarchCommandTests : IDisposable
{
    readonly TempDirectory temp = new();

    public void Dispose() => temp.Dispose();

    ProcessResult Run(params string[] args) => DnarchProcess.Run(temp.Path, null,
        [.. args, $"--Plugins:Directories:0={DnarchProcess.BuiltInPluginFolder(temp)}"]);

    [Fact]
    public void Plugins_json_lists_every_plugin_with_kind_name_assembly_and_description()
    {
        var result = Run("plugins", "--json");

        result.ExitCode.Should().Be(0, result.StdErr);
        using var json = JsonDocument.Parse(result.StdOut);
        var rows = json.RootElement.EnumerateArray().ToList();
        rows.Should().NotBeEmpty();
        rows.Should().AllSatisfy(r =>
        {
            r.GetProperty("kind").GetString().Should().BeOneOf(Enum.GetValues<PluginKind>().Select(k => k.ToName()));
            r.GetProperty("name").GetString().Should().NotBeNullOrWhiteSpace();
            r.GetProperty("assembly").GetString().Should().StartWith("DNArch.Plugins.");
            r.GetProperty("description").GetString().Should().NotBeNullOrWhiteSpace();
        });
        rows.Select(r => r.GetProperty("kind").GetString()).Distinct().Should()
            .BeEquivalentTo(Enum.GetValues<PluginKind>().Select(k => k.ToName()), "every kind has a plugin");
        rows.Select(r => r.GetProperty("name").GetString()).Should().Contain(["gaussian", "sigmoid", "linear", "dual-encoder"]);
    }

    [Fact]
    public void Runs_on_jemalloc_when_it_is_installed_and_on_glibc_when_asked()
    {
        var plugins = $"--Plugins:Directories:0={DnarchProcess.BuiltInPluginFolder(temp)}";
        var byDefault = DnarchProcess.Run(temp.Path, null, "plugins", "--json", plugins);
        var optedOut = DnarchProcess.Run(temp.Path, new Dictionary<string, string> { [JemallocPreload.Variable] = "glibc" },
            "plugins", "--json", plugins);

        byDefault.ExitCode.Should().Be(0, byDefault.StdErr);
        // The re-executed process keeps the caller's pipes: stdout is still the whole JSON list.
        JsonDocument.Parse(byDefault.StdOut).RootElement.GetArrayLength().Should().BeGreaterThan(0);
        byDefault.StdErr.Should().Contain(File.Exists(JemallocPreload.Library)
            ? "Memory allocator: jemalloc"
            : "Memory allocator: glibc's malloc; with");
        optedOut.ExitCode.Should().Be(0, optedOut.StdErr);
        optedOut.StdErr.Should().Contain("Memory allocator: glibc's malloc (DNARCH_ALLOCATOR=glibc)");
    }

    [Fact]
    public void OpenMp_threads_sleep_when_idle_unless_the_environment_says_otherwise()
    {
        var plugins = $"--Plugins:Directories:0={DnarchProcess.BuiltInPluginFolder(temp)}";
        var byDefault = DnarchProcess.Run(temp.Path, null, "plugins", "--json", plugins);
        var spinning = DnarchProcess.Run(temp.Path, new Dictionary<string, string> { [OpenMpWaitPolicy.Variable] = "ACTIVE" },
            "plugins", "--json", plugins);

        byDefault.ExitCode.Should().Be(0, byDefault.StdErr);
        byDefault.StdErr.Should().Contain("OpenMP wait policy: PASSIVE after 10000 spins (set by dnarch");
        spinning.ExitCode.Should().Be(0, spinning.StdErr);
        spinning.StdErr.Should().Contain("OpenMP wait policy: ACTIVE (from OMP_WAIT_POLICY)");
    }

    [Fact]
    public void Malformed_json_configuration_exits_2_naming_file_and_line()
    {
        var file = temp.File("bad.json", "{\n  \"Search\": [1,\n}");
        var result = Run("plugins", "--config", file);

        result.ExitCode.Should().Be(2);
        result.StdErr.Should().Contain("bad.json").And.Contain("line 3").And.NotContain("   at ");
    }

    [Fact]
    public void Duplicate_plugins_exit_2_naming_both_assemblies()
    {
        var one = temp.Sub("one");
        var two = temp.Sub("two");
        PluginCompiler.Compile(one, "First.Masks", PluginCompiler.MaskPluginSource("twin"));
        PluginCompiler.Compile(two, "Second.Masks", PluginCompiler.MaskPluginSource("twin"));

        var result = DnarchProcess.Run(temp.Path, null, "plugins", $"--Plugins:Directories:0={one}", $"--Plugins:Directories:1={two}");

        result.ExitCode.Should().Be(2);
        result.StdErr.Should().Contain("First.Masks.dll").And.Contain("Second.Masks.dll").And.NotContain("   at ");
    }

    [Fact]
    public void An_unknown_command_exits_2_listing_the_commands()
    {
        var result = Run("train");
        result.ExitCode.Should().Be(2);
        result.StdErr.Should().Contain("plugins, search, compare, retrain");
    }
}
