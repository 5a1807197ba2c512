using System.Text.Json;
using DNArch.Host.Hosting;
using DNArch.Tests.Support;
using Microsoft.Extensions.Configuration;

namespace DNArch.Tests.Host;

/// <summary>
/// <c>dnarch config</c> and the checks every verb makes of the configuration: unknown sections and keys, a plugin's
/// own options and defaults, plugin folders.
/// </summary>
public sealed class ConfigCommandTests : IDisposable
{
    readonly TempDirectory temp = new();

    public void Dispose() => temp.Dispose();

    ProcessResult Run(params string[] args) => DnarchProcess.Run(temp.Path, null,
        [.. args, $"--Plugins:Directories:0={DnarchProcess.BuiltInPluginFolder(temp)}"]);

    static Dictionary<string, JsonElement> Keys(ProcessResult result)
    {
        result.ExitCode.Should().Be(0, result.StdErr);
        using var json = JsonDocument.Parse(result.StdOut);
        return json.RootElement.EnumerateArray().ToDictionary(k => k.GetProperty("key").GetString()!, k => k.Clone());
    }

    [Fact]
    public void Json_lists_every_key_with_its_typed_value_default_and_source()
    {
        var file = temp.File("mine.json", """{ "Search": { "Training": { "Epochs": 3 } } }""");
        var keys = Keys(DnarchProcess.Run(temp.Path, new Dictionary<string, string> { ["DNARCH_Search__Seed"] = "4" },
            "config", "--json", "--config", file, "--Search:Masks:Width:Temperature=5", $"--Plugins:Directories:0={DnarchProcess.BuiltInPluginFolder(temp)}"));

        keys["Search:Training:Epochs"].GetProperty("value").GetInt32().Should().Be(3);
        keys["Search:Training:Epochs"].GetProperty("source").GetString().Should().Be($"file {file}");
        keys["Search:Seed"].GetProperty("source").GetString().Should().Be("environment");
        keys["Search:Masks:Width:Temperature"].GetProperty("value").GetDouble().Should().Be(5);
        keys["Search:Masks:Width:Temperature"].GetProperty("source").GetString().Should().Be("command line");
        keys["Search:Training:LearningRate"].GetProperty("source").GetString().Should().Be("default");
        keys["Search:Training:LearningRate"].GetProperty("default").GetDouble().Should().Be(0.01);
        keys["Search:Training:NonFinite"].GetProperty("value").GetString().Should().Be("Stop");
        // The program's own defaults of a plugin's options: appsettings.json sets none of them.
        keys["Search:Kernel:Hidden"].GetProperty("source").GetString().Should().Be("default");
        keys["Search:Network:Width"].GetProperty("source").GetString().Should().Be("appsettings");
    }

    [Fact]
    public void The_plain_listing_shows_one_line_per_key_with_value_and_source()
    {
        var result = Run("config", "--Search:Seed=9");

        result.ExitCode.Should().Be(0, result.StdErr);
        result.StdOut.Split('\n').Should().Contain(l => l.StartsWith("Search:Seed ", StringComparison.Ordinal) && l.EndsWith("= 9  [command line; default 0]", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("""{ "Serach": { "Seed": 1 } }""", "Serach: unknown section. Valid sections: Logging, Plugins, Search, Compare, Provenance")]
    [InlineData("""{ "Compare": { "Seed": [1, 2] } }""", "Compare:Seed: unknown key")]
    [InlineData("""{ "Plugins": { "Folders": ["x"] } }""", "Plugins:Folders: unknown key")]
    [InlineData("""{ "Search": { "Kernel": { "Type": "mlp", "Enabled": false } } }""", "Search:Kernel:Enabled: unknown key")]
    [InlineData("""{ "Search": { "Network": { "Enabled": false } } }""", "Search:Network:Enabled: unknown key")]
    [InlineData("""{ "Search": { "Dataset": { "Type": "waves", "Enabled": false } } }""", "Search:Dataset:Enabled: unknown key")]
    public void Unknown_sections_and_keys_and_keys_that_did_nothing_exit_2_naming_them(string configuration, string message)
    {
        var result = Run("config", "--config", temp.File("bad.json", configuration));

        result.ExitCode.Should().Be(2, result.StdOut);
        result.StdErr.Should().Contain(message).And.NotContain("   at ");
    }

    [Fact]
    public void A_misspelt_section_never_runs_the_default_search()
    {
        var result = Run("search", "--config", temp.File("typo.json", """{ "Serach": { "Training": { "Epochs": 1 } } }"""));

        result.ExitCode.Should().Be(2);
        result.StdErr.Should().Contain("Serach");
        Directory.Exists(Path.Combine(temp.Path, "runs")).Should().BeFalse();
    }

    [Fact]
    public void A_kernel_generator_of_its_own_keeps_its_own_options_and_defaults()
    {
        var own = temp.Sub("own");
        PluginCompiler.Compile(own, "Own.Kernels", OwnKernelSource);

        // A relative folder, against the working directory; the built-in plugins stay.
        var keys = Keys(Run("config", "--json", "--Search:Kernel:Type=own", "--Plugins:Directories:1=own"));

        keys["Search:Kernel:Order"].GetProperty("value").GetInt32().Should().Be(5);
        keys.Should().NotContainKey("Search:Kernel:Hidden").And.NotContainKey("Search:Kernel:Layers");
        keys["Search:Masks:Width:Type"].GetProperty("value").GetString().Should().Be("sigmoid");
    }

    [Fact]
    public void Plugin_folders_are_the_built_in_one_then_the_configured_ones_against_the_working_directory_each_once()
    {
        var program = temp.Sub("program");
        var builtIn = Directory.CreateDirectory(Path.Combine(program, "plugins")).FullName;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Plugins:Directories:0"] = "mine",
            ["Plugins:Directories:1"] = builtIn + "/",
        }).Build();

        var folders = PluginFolders.Of(configuration, CommandLine.Parse(["plugins"]), program);

        folders.Should().Equal(builtIn, Path.Combine(Directory.GetCurrentDirectory(), "mine"));
    }

    const string OwnKernelSource = """
        using System.ComponentModel.DataAnnotations;
        using DNArch.Plugins.Sdk.Configuration;
        using DNArch.Abstractions.Kernels;
        using DNArch.Abstractions.Plugins;
        using Microsoft.Extensions.Configuration;

        public sealed class OwnOptions : PluginOptions
        {
            [Range(1, 9)]
            public int Order { get; set; } = 5;
        }

        [Plugin(PluginKind.Kernel, "own", "A kernel generator with options of its own (tests)", Options = typeof(OwnOptions))]
        public sealed class OwnKernelPlugin : IKernelPlugin
        {
            public KernelGenerator Create(KernelSpec spec, IConfiguration options) => throw new System.NotSupportedException();
        }
        """;
}
