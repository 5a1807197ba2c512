using System.Text.Json;
using DNArch.Tests.Support;

namespace DNArch.Tests.Host;

/// <summary><c>dnarch plugins --probe &lt;kind&gt; &lt;name&gt;</c>: verdicts per check and exit codes, on the real program.</summary>
public sealed class PluginProbeCommandTests : IDisposable
{
    readonly TempDirectory temp = new();

    public void Dispose() => temp.Dispose();

    ProcessResult Probe(params string[] args) => DnarchProcess.Run(temp.Path, null,
        ["plugins", "--probe", .. args, $"--Plugins:Directories:0={DnarchProcess.BuiltInPluginFolder(temp)}"]);

    static List<(string Check, bool Passed, string Detail)> Verdicts(ProcessResult result)
    {
        using var json = JsonDocument.Parse(result.StdOut);
        return json.RootElement.EnumerateArray()
            .Select(r => (r.GetProperty("check").GetString()!, r.GetProperty("passed").GetBoolean(), r.GetProperty("detail").GetString()!))
            .ToList();
    }

    [Fact]
    public void A_built_in_kernel_passes_every_check_and_exits_0()
    {
        var result = Probe("kernel", "mlp", "--json");

        result.ExitCode.Should().Be(0, result.StdErr);
        var verdicts = Verdicts(result);
        verdicts.Select(v => v.Check).Should().Equal("shape contract", "gradients reach every parameter",
            "cropping matches the full computation", "options validated", "save/load round trip");
        verdicts.Should().OnlyContain(v => v.Passed);
    }

    [Fact]
    public void The_table_names_each_check_and_the_count_passed()
    {
        var result = Probe("budget", "params");

        result.ExitCode.Should().Be(0, result.StdErr);
        result.StdOut.Should().Contain("gradients reach the layer sizes").And.Contain("budget params").And.Contain("3 of 3 checks passed");
    }

    [Fact]
    public void The_configured_section_of_the_plugin_is_probed_and_a_failing_check_exits_1()
    {
        var result = Probe("kernel", "mlp", "--json", "--Search:Kernel:Type=mlp", "--Search:Kernel:Hidden=0");

        result.ExitCode.Should().Be(1, result.StdErr);
        Verdicts(result).Should().Contain(v => v.Check == "shape contract" && !v.Passed && v.Detail.Contains("Search:Kernel:Hidden"));
    }

    [Fact]
    public void A_plugin_that_ignores_its_options_fails_that_check_only()
    {
        var folder = temp.Sub("mine");
        PluginCompiler.Compile(folder, "Mine.Masks", """
            using DNArch.Abstractions.Masks;
            using DNArch.Abstractions.Plugins;
            using Microsoft.Extensions.Configuration;
            using TorchSharp;
            using static TorchSharp.torch;

            [Plugin(PluginKind.Mask, "careless", "A ramp mask that reads no options")]
            public sealed class CarelessPlugin : IMaskPlugin
            {
                public Mask Create(MaskAxis axis, IConfiguration options) => new Ramp(axis);
            }

            public sealed class Ramp : Mask
            {
                readonly TorchSharp.Modules.Parameter width = new(tensor(3f));
                public Ramp(MaskAxis axis) : base("Ramp", axis) => register_parameter("width", width);
                public override Tensor forward(Tensor distances) => (1 - distances / width).clamp(0, 1);
                public override Tensor Radius() => width * 0.9f;
            }
            """);

        var result = DnarchProcess.Run(temp.Path, null, "plugins", "--probe", "mask", "careless", "--json", $"--Plugins:Directories:0={folder}");

        result.ExitCode.Should().Be(1, result.StdErr);
        Verdicts(result).Where(v => !v.Passed).Select(v => v.Check).Should().Equal("options validated");
    }

    [Theory]
    [InlineData("kernel", "nope", "there is no kernel plugin named 'nope'. Valid names: magnet, mlp, siren.")]
    [InlineData("launcher", "local", "'launcher' is not a kind with conformance checks. Kinds: kernel, mask, resampler, dataset, budget.")]
    public void An_unknown_kind_or_name_exits_2_with_one_line_saying_what_is_valid(string kind, string name, string message)
    {
        var result = Probe(kind, name);

        result.ExitCode.Should().Be(2);
        result.StdErr.Trim().Split('\n').Should().ContainSingle(l => l.StartsWith("dnarch:")).Which.Should().Contain(message);
    }
}
