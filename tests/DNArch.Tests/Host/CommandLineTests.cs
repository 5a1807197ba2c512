using DNArch.Abstractions.Configuration;
using DNArch.Host.Hosting;
using DNArch.Tests.Support;

namespace DNArch.Tests.Host;

/// <summary>The verb parser (System.CommandLine) and the configuration overrides it leaves to the configuration.</summary>
public sealed class CommandLineTests
{
    [Fact]
    public void Configuration_overrides_anywhere_go_to_the_configuration_and_options_to_the_verb()
    {
        var line = CommandLine.Parse(["--Search:Seed=3", "search", "--config", "my.json", "--Search:Name", "x y", "--resume", "runs/a", "--Logging:LogLevel:Default=Debug"]);

        line.Verb.Should().Be("search");
        line.Value("--config").Should().Be("my.json");
        line.Value("--resume").Should().Be("runs/a");
        line.Overrides.Should().Equal("--Search:Seed=3", "--Search:Name", "x y", "--Logging:LogLevel:Default=Debug");
        line.Informational.Should().BeNull();
    }

    [Fact]
    public void A_verb_argument_and_a_flag_are_read()
    {
        CommandLine.Parse(["retrain", "runs/default", "--Search:Training:Epochs=2"]).Positionals.Should().Equal("runs/default");
        var plugins = CommandLine.Parse(["plugins", "--json"]);
        plugins.Has("--json").Should().BeTrue();
        plugins.Has("--config").Should().BeFalse();
    }

    [Theory]
    [InlineData("serach", "Did you mean 'search'?")]
    [InlineData("comapre", "Did you mean 'compare'?")]
    [InlineData("train", "Commands: plugins, search, compare, retrain")]
    public void A_misspelt_verb_is_invalid_input_with_a_suggestion(string verb, string expected)
    {
        var act = () => CommandLine.Parse([verb]);
        act.Should().Throw<InvalidInputException>().Which.Message.Should().Contain($"'{verb}'").And.Contain(expected);
    }

    [Fact]
    public void An_unknown_option_names_the_verb_and_the_nearest_option()
    {
        var act = () => CommandLine.Parse(["plugins", "--jsn"]);
        act.Should().Throw<InvalidInputException>().Which.Message.Should().StartWith("plugins: unknown option '--jsn'").And.Contain("Did you mean '--json'?");
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("--version")]
    [InlineData("search", "--help")]
    [InlineData("retrain", "-h")]
    public void Help_and_version_are_informational(params string[] args) =>
        CommandLine.Parse(args).Informational.Should().NotBeNull();

    [Fact]
    public void The_program_prints_per_verb_help_its_version_with_the_commit_and_exits_2_on_a_misspelt_verb()
    {
        using var temp = new TempDirectory();
        var help = DnarchProcess.Run(temp.Path, null, "search", "--help");
        var version = DnarchProcess.Run(temp.Path, null, "--version");
        var typo = DnarchProcess.Run(temp.Path, null, "serach");

        help.ExitCode.Should().Be(0, help.StdErr);
        help.StdOut.Should().Contain("dnarch search").And.Contain("--resume <DIR>").And.Contain("--config <FILE>");
        version.ExitCode.Should().Be(0, version.StdErr);
        version.StdOut.Trim().Should().MatchRegex(@"^\d+\.\d+\.\d+\S*\+[0-9a-f]{40}$");
        typo.ExitCode.Should().Be(2);
        typo.StdErr.Trim().Should().Be("dnarch: unknown command 'serach'. Did you mean 'search'? " +
                                       $"Commands: {string.Join(", ", DNArch.Host.Commands.Verb.All.Select(v => v.Name))}.");
    }
}
