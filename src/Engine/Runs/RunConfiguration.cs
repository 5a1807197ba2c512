using System.Text.Json.Nodes;
using DNArch.Abstractions.Configuration;
using Microsoft.Extensions.Configuration;

namespace DNArch.Engine.Runs;

/// <summary>
/// <c>config.json</c>: the effective <c>Search</c> section a run started with, so that <c>--resume</c> and
/// <c>retrain</c> use exactly that configuration.
/// </summary>
public static class RunConfiguration
{
    public static void Save(RunDirectory run, IConfigurationSection search)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(search);
        var root = new JsonObject { [search.Key] = ToJson(search) };
        AtomicFile.WriteAllText(run.Configuration, root.ToJsonString(RunDirectory.Json));
    }

    /// <summary>The saved <c>Search</c> section; a malformed file is invalid input naming it.</summary>
    public static IConfigurationSection Load(RunDirectory run)
    {
        ArgumentNullException.ThrowIfNull(run);
        const string expected = "the config.json a search writes: a JSON object with a \"Search\" section";
        IConfigurationRoot root;
        try
        {
            root = new ConfigurationBuilder().AddJsonFile(run.Configuration, optional: false).Build();
        }
        catch (Exception e) when (e is InvalidDataException or FormatException or IOException)
        {
            var reason = (e.InnerException ?? e).Message.Split(" LineNumber:", 2)[0].Split(Environment.NewLine)[0].Trim();
            throw InvalidInputException.ForFile(run.Configuration, $"cannot be read ({reason})", expected);
        }
        var search = root.GetSection("Search");
        return search.Exists() ? search : throw InvalidInputException.ForFile(run.Configuration, "has no Search section", expected);
    }

    static JsonNode? ToJson(IConfigurationSection section)
    {
        var children = section.GetChildren().ToList();
        if (children.Count == 0) return section.Value is null ? null : JsonValue.Create(section.Value);
        var node = new JsonObject();
        foreach (var child in children) node[child.Key] = ToJson(child);
        return node;
    }
}
