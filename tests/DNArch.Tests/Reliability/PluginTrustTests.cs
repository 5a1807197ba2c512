using System.Text.RegularExpressions;
using DNArch.Tests.Support;

namespace DNArch.Tests.Reliability;

/// <summary>Plugin assemblies load only from the configured folders; the folders and every assembly loaded are logged.</summary>
public sealed class PluginTrustTests : IDisposable
{
    readonly TempDirectory temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public void Only_configured_folders_are_searched_and_every_folder_and_assembly_is_logged()
    {
        var trusted = temp.Sub("trusted");
        PluginCompiler.Compile(trusted, "Trusted.Masks", PluginCompiler.MaskPluginSource("trusted"));
        PluginCompiler.Compile(temp.Path, "Stray.Masks", PluginCompiler.MaskPluginSource("stray"));
        PluginCompiler.Compile(temp.Sub("elsewhere"), "Elsewhere.Masks", PluginCompiler.MaskPluginSource("elsewhere"));
        var missing = Path.Combine(temp.Path, "missing");

        var result = DnarchProcess.Run(temp.Path, null, "plugins", "--json",
            $"--Plugins:Directories:0={trusted}", $"--Plugins:Directories:1={missing}");

        result.ExitCode.Should().Be(0, result.StdErr);
        result.StdOut.Should().Contain("\"trusted\"").And.NotContain("stray").And.NotContain("elsewhere");
        result.StdErr.Should().Contain($"Searching plugin folder {trusted}")
            .And.Contain($"Loaded plugin assembly {Path.Combine(trusted, "Trusted.Masks.dll")}")
            .And.Contain($"Plugin folder {missing} does not exist; skipped.");
        Regex.Matches(result.StdErr, @"Loaded plugin assembly (\S+)").Select(m => m.Groups[1].Value)
            .Should().OnlyContain(file => file.StartsWith(trusted + Path.DirectorySeparatorChar, StringComparison.Ordinal));
    }
}
