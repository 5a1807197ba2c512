using System.Collections.Concurrent;
using System.Reflection;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace DNArch.Engine.Configuration;

/// <summary>
/// The first sentence of a property's XML doc summary, as plain text on one line, read from the <c>.xml</c> file the
/// compiler writes beside its assembly (empty when there is none).
/// </summary>
static partial class XmlDocumentation
{
    static readonly ConcurrentDictionary<Assembly, IReadOnlyDictionary<string, string>> Files = new();

    public static string Summary(PropertyInfo property)
    {
        var type = property.DeclaringType!;
        var id = $"P:{type.FullName?.Replace('+', '.')}.{property.Name}";
        return Files.GetOrAdd(type.Assembly, Read).TryGetValue(id, out var summary) ? summary : "";
    }

    static IReadOnlyDictionary<string, string> Read(Assembly assembly)
    {
        var file = Path.ChangeExtension(assembly.Location, ".xml");
        if (string.IsNullOrEmpty(assembly.Location) || !File.Exists(file)) return new Dictionary<string, string>();
        return XDocument.Load(file).Descendants("member")
            .Where(m => m.Attribute("name") is not null && m.Element("summary") is not null)
            .ToDictionary(m => m.Attribute("name")!.Value, m => FirstSentence(PlainText(m.Element("summary")!)));
    }

    static string PlainText(XElement element)
    {
        var text = string.Concat(element.Nodes().Select(n => n switch
        {
            XText t => t.Value,
            XElement { Name.LocalName: "see" or "seealso" } e => (string?)e.Attribute("langword") ?? Last((string?)e.Attribute("cref") ?? ""),
            XElement { Name.LocalName: "paramref" or "typeparamref" } e => (string?)e.Attribute("name") ?? "",
            XElement e => PlainText(e),
            _ => "",
        }));
        return Spaces().Replace(text, " ").Trim();
    }

    static string Last(string cref) => cref[(cref.LastIndexOfAny([':', '.']) + 1)..];

    // A sentence ends at ". " before a capital letter or an opening bracket, not at "e.g. " or "2.5".
    static string FirstSentence(string text)
    {
        var end = SentenceEnd().Match(text);
        return end.Success ? text[..(end.Index + 1)] : text;
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"(?<!\be\.g|\bi\.e)\.\s+(?=[A-Z(])")]
    private static partial Regex SentenceEnd();
}
