using System.Text.Json.Nodes;
using DNArch.Engine.Configuration;
using Microsoft.Extensions.Configuration;

namespace DNArch.Tests.Host;

public sealed class ConfigurationJsonTests
{
    [Fact]
    public void Resolved_keys_nest_by_path_with_typed_values()
    {
        ConfigurationKey Key(string path, object? value) => new(path, value?.GetType() ?? typeof(string), null, "", "") { Value = value };

        var json = ConfigurationJson.Nest([Key("Search:Seed", 3), Key("Search:Training:Mixup", true), Key("Search:Device", null)]);

        json["Search"]!["Seed"]!.GetValue<int>().Should().Be(3);
        json["Search"]!["Training"]!["Mixup"]!.GetValue<bool>().Should().BeTrue();
        json["Search"]!.AsObject().ContainsKey("Device").Should().BeFalse("a key without a value is left out");
    }

    [Fact]
    public void A_configuration_is_written_nested_without_the_excluded_sections_and_top_level_values()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Search:Seed"] = "3",
            ["Search:Kernel:Type"] = "mlp",
            ["Compare:Name"] = "left-out",
            ["DNARCH_STACKTRACE"] = "1",
        }).Build();

        var json = JsonNode.Parse(ConfigurationJson.Write(configuration, "compare"))!.AsObject();

        json.Select(p => p.Key).Should().Equal("Search");
        json["Search"]!["Seed"]!.GetValue<string>().Should().Be("3");
        json["Search"]!["Kernel"]!["Type"]!.GetValue<string>().Should().Be("mlp");
    }
}
