using System.ComponentModel.DataAnnotations;
using System.Reflection;
using DNArch.Abstractions.Configuration;
using Microsoft.Extensions.Configuration;

namespace DNArch.Plugins.Sdk.Configuration;

/// <summary>
/// Binds a configuration section to an options class strictly: unknown keys, values of the wrong type and
/// data-annotation violations, in nested option objects too, become an <see cref="InvalidInputException"/> that
/// names the full key and what is valid.
/// </summary>
public static class OptionsBinder
{
    /// <param name="ownedElsewhere">Child sections that other components bind (skipped here, not unknown).</param>
    public static T Bind<T>(IConfiguration section, params string[] ownedElsewhere) where T : new() =>
        (T)Bind(typeof(T), section, ownedElsewhere);

    /// <summary><see cref="Bind{T}"/> for an options type known at run time; it needs a public parameterless constructor.</summary>
    public static object Bind(Type type, IConfiguration section, params string[] ownedElsewhere)
    {
        ArgumentNullException.ThrowIfNull(type);
        ArgumentNullException.ThrowIfNull(section);
        var path = section is IConfigurationSection s ? s.Path : "";
        RejectUnknownKeys(type, section, path, ownedElsewhere);
        var options = Activator.CreateInstance(type)!;
        try
        {
            section.Bind(options);
        }
        catch (InvalidOperationException e)
        {
            throw new InvalidInputException($"{path}: {e.Message} {e.InnerException?.Message}".TrimEnd(), e);
        }
        Validate(options, path);
        return options;
    }

    static void RejectUnknownKeys(Type type, IConfiguration section, string path, IReadOnlyCollection<string> skipped)
    {
        var properties = type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite).ToList();
        foreach (var child in section.GetChildren())
        {
            if (skipped.Contains(child.Key, StringComparer.OrdinalIgnoreCase)) continue;
            var property = properties.FirstOrDefault(p => string.Equals(p.Name, child.Key, StringComparison.OrdinalIgnoreCase));
            if (property is null)
            {
                var valid = string.Join(", ", properties.Select(p => p.Name).Concat(skipped));
                throw new InvalidInputException($"{Join(path, child.Key)}: unknown key. Valid keys of {path}: {valid}.");
            }
            if (IsOptionsObject(property.PropertyType))
                RejectUnknownKeys(property.PropertyType, child, Join(path, child.Key), []);
            else if (IsScalar(property.PropertyType) && child.GetChildren().Any())
                throw new InvalidInputException(
                    $"{Join(path, child.Key)}: a JSON array or object where a single {Describe(property.PropertyType)} is expected. Give one value.");
        }
    }

    static void Validate(object options, string path)
    {
        var results = new List<ValidationResult>();
        if (!Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true))
        {
            var first = results[0];
            throw new InvalidInputException($"{Join(path, first.MemberNames.FirstOrDefault() ?? "")}: {first.ErrorMessage}");
        }
        foreach (var property in options.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (IsOptionsObject(property.PropertyType) && property.GetValue(options) is { } nested)
                Validate(nested, Join(path, property.Name));
        }
    }

    // Config binding ignores an array or object where a single value belongs and keeps the default: refused instead.
    static bool IsScalar(Type type)
    {
        var t = Nullable.GetUnderlyingType(type) ?? type;
        return t.IsPrimitive || t.IsEnum || t == typeof(string) || t == typeof(decimal) || t == typeof(TimeSpan);
    }

    static string Describe(Type type)
    {
        var t = Nullable.GetUnderlyingType(type) ?? type;
        return t.IsEnum ? $"name ({string.Join(", ", Enum.GetNames(t))})" : t == typeof(string) ? "text" : t == typeof(bool) ? "true or false" : "number";
    }

    static bool IsOptionsObject(Type type) =>
        type.IsClass && type != typeof(string) && !type.IsArray && !typeof(System.Collections.IEnumerable).IsAssignableFrom(type);

    static string Join(string path, string key) => path.Length == 0 ? key : $"{path}:{key}";
}
