using System.Collections;
using System.ComponentModel.DataAnnotations;
using System.Reflection;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using DNArch.Abstractions.Plugins;

namespace DNArch.Engine.Configuration;

/// <summary>
/// The JSON schema (draft 2020-12) of a configuration file, from <see cref="ConfigurationModel"/>, the option classes
/// and the discovered plugins: every section closed to unknown keys, a plugin section's options chosen by its
/// <c>Type</c>. Editors complete and check keys with it (<c>"$schema"</c> in appsettings.json and the recipes).
/// </summary>
public static class ConfigurationSchema
{
    /// <summary>The schema as the checked-in file holds it: indented, non-ASCII letters as they are, a final newline.</summary>
    public static string Text(IEnumerable<PluginDescriptor> plugins) => Generate(plugins).ToJsonString(Indented) + "\n";

    static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static JsonObject Generate(IEnumerable<PluginDescriptor> plugins)
    {
        var resolved = new ResolvedConfiguration(plugins);
        var root = Closed("dnarch configuration: appsettings.json, --config FILE and a run's config.json (docs/configuration.md).");
        root["$schema"] = "https://json-schema.org/draft/2020-12/schema";
        Properties(root)[ConfigurationModel.SchemaKey] = new JsonObject { ["type"] = "string" };
        foreach (var model in ConfigurationModel.Sections)
        {
            var node = model.Kind switch
            {
                SectionKind.Options => Options(model.Options!, model.Description, model.Subsections),
                SectionKind.Plugin => Plugin(model, resolved),
                _ => new JsonObject { ["description"] = model.Description, ["type"] = "object" },
            };
            Place(root, model.Path, node);
        }
        return root;
    }

    static JsonObject Options(Type type, string description, IReadOnlyList<string> subsections)
    {
        var node = Closed(description);
        AddProperties(node, type, []);
        foreach (var name in subsections) Properties(node)[name] = Closed("");
        return node;
    }

    static void AddProperties(JsonObject node, Type type, IReadOnlyCollection<string> skipped)
    {
        var defaults = Activator.CreateInstance(type)!;
        foreach (var property in OptionKeys.Properties(type).Where(p => !skipped.Contains(p.Name)))
        {
            Properties(node)[property.Name] = OptionKeys.IsOptionsObject(property.PropertyType)
                ? Options(property.PropertyType, XmlDocumentation.Summary(property), [])
                : Value(property, property.GetValue(defaults));
        }
    }

    static JsonObject Plugin(SectionModel model, ResolvedConfiguration resolved)
    {
        var node = new JsonObject { ["description"] = model.Description, ["type"] = "object" };
        var names = resolved.Of(model.Plugin);
        Properties(node)["Type"] = new JsonObject
        {
            ["description"] = $"Name of the {model.Plugin.ToName()} plugin.",
            ["enum"] = new JsonArray([.. names.Select(p => JsonValue.Create(p.Name))]),
        };
        if (model.Switchable) Properties(node)["Enabled"] = new JsonObject { ["type"] = "boolean", ["default"] = true };
        var cases = new JsonArray();
        foreach (var plugin in names.Where(p => p.Options is not null))
        {
            var options = new JsonObject { ["type"] = "object" };
            AddProperties(options, plugin.Options!, ["Type"]);
            cases.Add(new JsonObject
            {
                ["if"] = new JsonObject { ["required"] = new JsonArray("Type"), ["properties"] = new JsonObject { ["Type"] = new JsonObject { ["const"] = plugin.Name } } },
                ["then"] = options,
            });
        }
        if (cases.Count > 0) node["allOf"] = cases;
        node["unevaluatedProperties"] = false;
        return node;
    }

    static JsonObject Value(PropertyInfo property, object? defaultValue)
    {
        var node = new JsonObject();
        if (XmlDocumentation.Summary(property) is { Length: > 0 } description) node["description"] = description;
        foreach (var (key, value) in TypeOf(property.PropertyType)) node[key] = value;
        if (property.GetCustomAttribute<RangeAttribute>() is { Minimum: IConvertible min, Maximum: IConvertible max })
        {
            node["minimum"] = min.ToDouble(null);
            node["maximum"] = max.ToDouble(null);
        }
        if (property.GetCustomAttribute<RegularExpressionAttribute>() is { } pattern) node["pattern"] = pattern.Pattern;
        if (defaultValue is not null && (defaultValue is not ICollection collection || collection.Count > 0)) node["default"] = ConfigurationJson.Value(defaultValue);
        return node;
    }

    static IEnumerable<KeyValuePair<string, JsonNode?>> TypeOf(Type type)
    {
        var t = Nullable.GetUnderlyingType(type) ?? type;
        if (t.IsEnum)
        {
            yield return new("enum", new JsonArray([.. Enum.GetNames(t).Select(n => JsonValue.Create(n))]));
        }
        else if (t.IsArray || t.IsGenericType && typeof(IEnumerable).IsAssignableFrom(t))
        {
            var element = t.IsArray ? t.GetElementType()! : t.GetGenericArguments()[0];
            yield return new("type", "array");
            yield return new("items", new JsonObject(TypeOf(element)));
        }
        else
        {
            yield return new("type", t == typeof(bool) ? "boolean"
                : t == typeof(string) ? "string"
                : t == typeof(double) || t == typeof(float) || t == typeof(decimal) ? "number"
                : t.IsPrimitive ? "integer"
                : "string");
        }
    }

    static JsonObject Closed(string description)
    {
        var node = new JsonObject();
        if (description.Length > 0) node["description"] = description;
        node["type"] = "object";
        node["properties"] = new JsonObject();
        node["additionalProperties"] = false;
        return node;
    }

    static JsonObject Properties(JsonObject node) => (JsonObject)(node["properties"] ??= new JsonObject());

    // "Search:Masks:Width" goes under Search, then an object Masks (closed), then Width, replacing its placeholder.
    static void Place(JsonObject root, string path, JsonObject node)
    {
        var parent = root;
        var parts = path.Split(':');
        foreach (var part in parts[..^1])
        {
            var properties = Properties(parent);
            if (properties[part] is not JsonObject child) properties[part] = child = Closed("");
            parent = child;
        }
        Properties(parent)[parts[^1]] = node;
    }
}
