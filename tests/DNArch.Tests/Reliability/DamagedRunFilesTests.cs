using System.Text.Json.Nodes;
using DNArch.Abstractions.Configuration;
using DNArch.Engine.Runs;
using DNArch.Tests.Support;

namespace DNArch.Tests.Reliability;

/// <summary>
/// Damaged files of a run directory (<c>architecture.json</c>, <c>config.json</c>) are refused as invalid input
/// naming the file and the field, before anything is built or trained.
/// </summary>
[Collection(TorchCollection.Name)]
public sealed class DamagedRunFilesTests : IDisposable
{
    readonly TempDirectory temp = new();

    public void Dispose() => temp.Dispose();

    string FinishedSearch(EngineHost host)
    {
        using var run = host.Runs.Search(EngineHost.Section(EngineHost.TinySearch(temp.Path)));
        run.Execute(CancellationToken.None);
        return run.Run.Path;
    }

    [Theory]
    [InlineData("blocks[0].width", "9")]
    [InlineData("blocks[1].width", "-3")]
    [InlineData("blocks[0].kernelSize[0]", "0")]
    [InlineData("io.inputSize[0]", "0")]
    [InlineData("stemWidth", "0")]
    public void Retrain_refuses_impossible_sizes_in_architecture_json_naming_file_and_field(string field, string value)
    {
        using var host = new EngineHost();
        var path = FinishedSearch(host);
        var file = Path.Combine(path, "architecture.json");
        var record = JsonNode.Parse(File.ReadAllText(file))!;
        Set(record, field, JsonNode.Parse(value)!);
        File.WriteAllText(file, record.ToJsonString());

        var act = () => host.Runs.Retrain(RunDirectory.Open(path, "retrain")).Dispose();

        act.Should().Throw<InvalidInputException>().Which.Message.Should().Contain(file).And.Contain(field).And.NotContain("\n");
    }

    [Fact]
    public void A_malformed_config_json_is_refused_naming_the_file()
    {
        var path = temp.Sub("run");
        var file = temp.File("run/config.json", """{ "Search": { "Seed": 7, """);

        var act = () => RunConfiguration.Load(RunDirectory.Open(path, "--resume"));

        act.Should().Throw<InvalidInputException>().Which.Message.Should().Contain(file).And.NotContain("\n");
    }

    // Sets a field given as "a[1].b" (JSON names, indices in brackets).
    static void Set(JsonNode root, string field, JsonNode value)
    {
        var steps = field.Replace("]", "", StringComparison.Ordinal).Split('.', '[');
        var node = root;
        foreach (var step in steps[..^1]) node = int.TryParse(step, out var i) ? node[i]! : node[step]!;
        if (int.TryParse(steps[^1], out var last)) node[last] = value;
        else node[steps[^1]] = value;
    }
}
