using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using DNArch.Abstractions.Plugins;

namespace DNArch.Engine.Configuration;

/// <summary>
/// docs/configuration.md: every key of every section and plugin with its type, default, valid values and the first
/// sentence of its XML doc, generated from <see cref="ConfigurationModel"/> and the option classes.
/// </summary>
public static class ConfigurationReference
{
    public const string Command = "dotnet run -c Release --project src/Host -- config --docs docs/configuration.md";

    const string Header = $"""
        # Configuration reference

        Generated from the option classes by `{Command}` (the schema likewise, with `config --schema src/Host/dnarch.schema.json`);
        do not edit it by hand: a test fails when it differs from what the classes say.

        Sources, later ones winning: `appsettings.json` beside the program, `--config FILE`, environment variables
        `DNARCH_` + key with `__` for `:` (`DNARCH_Search__Seed=3`), command-line overrides `--Search:Seed=3`.
        `dnarch config` prints the resolved configuration, every key with its value, default and source
        (`--json` as JSON); `dnarch config --schema` writes the JSON schema that `appsettings.json` and the recipes
        name in `"$schema"`, so that editors complete and check keys. An unknown section, or an unknown key in any
        section, exits with code 2 naming it. A plugin's options live in the section that selects it and are its own:
        they have the plugin's defaults unless a source sets them.

        `Plugins:Directories` adds folders to the built-in `plugins` folder beside the program; relative paths, like
        those of `--config` and `Search:Output`, resolve against the working directory.

        A run's `config.json` holds the resolved `Search` section (every key, defaults included, typed), the plugin
        folders and `Provenance` (framework version and commit, each plugin assembly's name and version).
        `dnarch search --config RUN/config.json --Search:Name=again` runs it again; `search --resume RUN` continues it
        with exactly that configuration and refuses an override that would change it; `retrain RUN` takes
        `--Search:Training:*` and `--Search:Seed` overrides and the run's plugin folders.

        """;

    public static string Generate(IEnumerable<PluginDescriptor> plugins)
    {
        var resolved = new ResolvedConfiguration(plugins);
        var page = new StringBuilder(Header.Replace("\r\n", "\n"));
        foreach (var model in ConfigurationModel.Sections)
        {
            page.Append("\n## `").Append(model.Path).Append("`\n\n").Append(model.Description).Append('\n');
            switch (model.Kind)
            {
                case SectionKind.Options:
                    Table(page, OptionKeys.Of(model.Options!, model.Path, null, _ => null, [.. model.Subsections]));
                    break;
                case SectionKind.Plugin:
                    Table(page, resolved.SwitchKeys(model));
                    foreach (var plugin in resolved.Of(model.Plugin))
                    {
                        page.Append("\n### `").Append(model.Path).Append(":Type=").Append(plugin.Name).Append("`\n\n").Append(plugin.Description).Append('\n');
                        var keys = ResolvedConfiguration.DefaultsOf(plugin, model.Path).ToList();
                        if (keys.Count > 0) Table(page, keys);
                        else page.Append("\nNo options.\n");
                    }
                    break;
            }
        }
        return page.ToString();
    }

    static void Table(StringBuilder page, IEnumerable<ConfigurationKey> keys)
    {
        page.Append("\n| key | type | default | valid | description |\n|-----|------|---------|-------|-------------|\n");
        foreach (var key in keys)
            page.Append($"| `{key.Path}` | {TypeName(key.Type)} | {Cell(Format(key.Default))} | {Cell(key.Valid)} | {Cell(key.Description)} |\n");
    }

    /// <summary>A value as a table cell shows it: text without quotes, numbers and lists as JSON.</summary>
    public static string Format(object? value) => ConfigurationJson.Value(value) switch
    {
        null => "",
        JsonArray { Count: 0 } => "",
        JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>(),
        var node => node.ToJsonString(),
    };

    static string TypeName(Type type)
    {
        var t = Nullable.GetUnderlyingType(type) ?? type;
        if (t.IsGenericType && t.GetGenericArguments() is [var element]) return $"list of {TypeName(element)}";
        if (t.IsArray) return $"list of {TypeName(t.GetElementType()!)}";
        return t.IsEnum ? "name" : t == typeof(bool) ? "boolean" : t == typeof(string) ? "text"
            : t == typeof(double) || t == typeof(float) ? "number" : "integer";
    }

    static string Cell(string text) => text.Length == 0 ? "" : text.Replace("|", "\\|", StringComparison.Ordinal);
}
