using System.Text.Json;
using DNArch.Engine;
using DNArch.Engine.Configuration;
using DNArch.Tests.Support;
using Json.Schema;
using Microsoft.Extensions.DependencyInjection;

namespace DNArch.Tests.Host;

/// <summary>
/// The JSON schema and docs/configuration.md, generated from the option classes of the program and its plugins: the
/// checked-in copies are what the classes say, and every recipe and appsettings.json pass the schema.
/// </summary>
public sealed class ConfigurationSchemaTests : IDisposable
{
    readonly EngineHost host = new();

    public void Dispose() => host.Dispose();

    IReadOnlyList<Abstractions.Plugins.PluginDescriptor> Plugins => host.Services.GetRequiredService<PluginResolver>().Descriptors;

    JsonSchema Schema => JsonSchema.FromText(ConfigurationSchema.Text(Plugins));

    static string Repository(string path) => Path.Combine(RepositoryRoot.Path, path);

    [Fact]
    public void The_checked_in_schema_is_the_generated_one() =>
        File.ReadAllText(Repository("src/Host/dnarch.schema.json")).Should().Be(ConfigurationSchema.Text(Plugins),
            "`dnarch config --schema src/Host/dnarch.schema.json` regenerates it");

    [Fact]
    public void The_checked_in_reference_page_is_the_generated_one() =>
        File.ReadAllText(Repository("docs/configuration.md")).Should().Be(ConfigurationReference.Generate(Plugins),
            $"`{ConfigurationReference.Command}` regenerates it");

    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>("src/Host/appsettings.json");
        foreach (var recipe in Directory.EnumerateFiles(Path.Combine(RepositoryRoot.Path, "recipes"), "*.json").Order(StringComparer.Ordinal))
            data.Add(Path.GetRelativePath(RepositoryRoot.Path, recipe));
        return data;
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Every_recipe_and_appsettings_pass_the_generated_schema_they_name(string file)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Repository(file)));

        json.RootElement.GetProperty("$schema").GetString().Should().EndWith("dnarch.schema.json");
        Errors(json.RootElement).Should().BeEmpty();
    }

    [Theory]
    [InlineData("""{ "Serach": { "Seed": 1 } }""", "Serach")]
    [InlineData("""{ "Search": { "Kernel": { "Type": "mlp", "Omega0": 3 } } }""", "Omega0")]
    [InlineData("""{ "Search": { "Kernel": { "Type": "mlp", "Enabled": false } } }""", "Enabled")]
    [InlineData("""{ "Search": { "Training": { "Epochs": 0 } } }""", "Epochs")]
    [InlineData("""{ "Compare": { "Seed": [1, 2] } }""", "Seed")]
    public void The_schema_refuses_unknown_sections_and_keys_and_values_out_of_range(string configuration, string key)
    {
        using var json = JsonDocument.Parse(configuration);
        Errors(json.RootElement).Should().Contain(e => e.Contains(key, StringComparison.Ordinal));
    }

    [Fact]
    public void A_plugin_s_own_options_pass_with_its_type_only() =>
        Errors(JsonDocument.Parse("""{ "Search": { "Kernel": { "Type": "siren", "Omega0": 3 }, "Masks": { "Depth": { "Enabled": false } } } }""").RootElement)
            .Should().BeEmpty();

    // Each failing location with its messages; unevaluated keys are reported under the section that holds them.
    List<string> Errors(JsonElement instance)
    {
        var results = Schema.Evaluate(instance, new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (results.IsValid) return [];
        return [.. (results.Details ?? []).Where(d => d.Errors is { Count: > 0 })
            .Select(d => $"{d.InstanceLocation}: {string.Join("; ", d.Errors!.Select(e => $"{e.Key} {e.Value}"))}")];
    }
}
