using System.Text.Json.Nodes;

namespace DNArch.Tests.Support;

/// <summary>The files a resumed run must reproduce: architecture.json, and metrics.jsonl without wall-clock seconds.</summary>
public static class RunFiles
{
    public static IReadOnlyList<string> Comparable(string runDirectory) =>
    [
        File.ReadAllText(Path.Combine(runDirectory, "architecture.json")),
        .. File.ReadAllLines(Path.Combine(runDirectory, "metrics.jsonl")).Select(line =>
        {
            var node = JsonNode.Parse(line)!.AsObject();
            node.Remove("seconds");
            return node.ToJsonString();
        }),
    ];
}
