using DNArch.Abstractions.Configuration;
using DNArch.Host.Hosting;
using DNArch.Tests.Support;
using Microsoft.Extensions.Configuration;

namespace DNArch.Tests.Host;

public sealed class ConfigurationPrecedenceTests : IDisposable
{
    readonly TempDirectory temp = new();

    public void Dispose() => temp.Dispose();

    IConfigurationRoot Build(params string[] args) =>
        new ConfigurationBuilder().AddDnarchSources(CommandLine.Parse(args), temp.Path).BuildChecked();

    [Fact]
    public void Later_sources_win_appsettings_then_config_file_then_environment_then_command_line()
    {
        temp.File("appsettings.json", """{ "Precedence": { "A": "appsettings", "B": "appsettings", "C": "appsettings", "D": "appsettings" } }""");
        var file = temp.File("mine.json", """{ "Precedence": { "B": "file", "C": "file", "D": "file" } }""");
        Environment.SetEnvironmentVariable("DNARCH_Precedence__C", "environment");
        Environment.SetEnvironmentVariable("DNARCH_Precedence__D", "environment");
        try
        {
            var configuration = Build("search", "--config", file, "--Precedence:D=command-line");

            configuration["Precedence:A"].Should().Be("appsettings");
            configuration["Precedence:B"].Should().Be("file");
            configuration["Precedence:C"].Should().Be("environment");
            configuration["Precedence:D"].Should().Be("command-line");
        }
        finally
        {
            Environment.SetEnvironmentVariable("DNARCH_Precedence__C", null);
            Environment.SetEnvironmentVariable("DNARCH_Precedence__D", null);
        }
    }

    [Fact]
    public void Malformed_json_names_the_file_and_line()
    {
        var file = temp.File("broken.json", "{\n  \"Search\": {\n    \"Name\": \"x\",,\n  }\n}");
        var act = () => Build("search", "--config", file);
        act.Should().Throw<InvalidInputException>().Which.Message.Should().Contain("broken.json").And.Contain("line 3");
    }

    [Fact]
    public void A_missing_config_file_is_named()
    {
        var act = () => Build("search", "--config", Path.Combine(temp.Path, "absent.json"));
        act.Should().Throw<InvalidInputException>().Which.Message.Should().Contain("absent.json");
    }

    [Theory]
    [InlineData("train")]
    [InlineData("--bogus")]
    public void Unknown_commands_and_options_are_invalid_input(string arg)
    {
        var act = () => CommandLine.Parse(arg == "train" ? [arg] : ["plugins", arg]);
        act.Should().Throw<InvalidInputException>().Which.Message.Should().Contain(arg);
    }
}
