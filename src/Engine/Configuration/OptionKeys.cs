using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Reflection;

namespace DNArch.Engine.Configuration;

/// <summary>The keys of an options class: one per settable property, nested option objects walked with their path.</summary>
static class OptionKeys
{
    /// <param name="bound">The options as bound from a configuration (values), or null for defaults only.</param>
    /// <param name="source">Which source set a key (by full path), or null when unknown.</param>
    public static IEnumerable<ConfigurationKey> Of(Type type, string path, object? bound, Func<string, string?> source, params string[] skipped)
    {
        var defaults = Activator.CreateInstance(type)!;
        foreach (var property in Properties(type).Where(p => !skipped.Contains(p.Name, StringComparer.OrdinalIgnoreCase)))
        {
            var key = $"{path}:{property.Name}";
            if (IsOptionsObject(property.PropertyType))
            {
                foreach (var nested in Of(property.PropertyType, key, bound is null ? null : property.GetValue(bound), source)) yield return nested;
                continue;
            }
            var value = bound is null ? null : property.GetValue(bound);
            yield return new ConfigurationKey(key, property.PropertyType, property.GetValue(defaults), XmlDocumentation.Summary(property), Valid(property))
            {
                Value = value,
                Source = source(key) ?? ConfigurationKey.DefaultSource,
            };
        }
    }

    /// <summary>Settable properties, those of base classes first, each in declaration order.</summary>
    public static IEnumerable<PropertyInfo> Properties(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanWrite && p.GetSetMethod() is not null)
            .OrderBy(p => Depth(p.DeclaringType!))
            .ThenBy(p => p.MetadataToken);

    public static bool IsOptionsObject(Type type) =>
        type.IsClass && type != typeof(string) && !typeof(System.Collections.IEnumerable).IsAssignableFrom(type);

    /// <summary>The values a property takes, from its type and data annotations: a range, names or a pattern.</summary>
    public static string Valid(PropertyInfo property)
    {
        var type = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
        if (type.IsEnum) return string.Join(", ", Enum.GetNames(type));
        if (type == typeof(bool)) return "true, false";
        if (property.GetCustomAttribute<RangeAttribute>() is { } range)
            return $"{Format(range.Minimum)} to {Format(range.Maximum)}";
        if (property.GetCustomAttribute<RegularExpressionAttribute>() is { } pattern) return pattern.ErrorMessage ?? pattern.Pattern;
        return "";
    }

    static string Format(object bound) => bound switch
    {
        int.MaxValue or double.MaxValue => "any",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => bound.ToString() ?? "",
    };

    static int Depth(Type type)
    {
        var depth = 0;
        for (var t = type.BaseType; t is not null; t = t.BaseType) depth++;
        return depth;
    }
}
