using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Configuration;

namespace DNArch.Abstractions.Configuration;

/// <summary>
/// Base of a plugin's options: the section that chose the plugin also carries its settings.
/// <c>Type</c> and <c>Enabled</c> belong to the host.
/// </summary>
public abstract class PluginOptions
{
    public string? Type { get; set; }
    public bool Enabled { get; set; } = true;

    /// <summary>Checks that go beyond data annotations; throw <see cref="InvalidInputException"/> from here.</summary>
    protected virtual void Validate(string sectionPath) { }

    /// <summary>
    /// Binds <paramref name="section"/> to <typeparamref name="T"/>, rejecting unknown keys and values of the
    /// wrong type, and validates data annotations and <see cref="Validate"/>.
    /// </summary>
    public static T Bind<T>(IConfiguration section) where T : PluginOptions, new()
    {
        ArgumentNullException.ThrowIfNull(section);
        var path = section is IConfigurationSection s ? s.Path : "";
        var options = new T();
        try
        {
            section.Bind(options, o => o.ErrorOnUnknownConfiguration = true);
        }
        catch (InvalidOperationException e)
        {
            var known = string.Join(", ", typeof(T).GetProperties().Select(p => p.Name));
            throw new InvalidInputException($"{path}: {Describe(e)} Valid keys: {known}.", e);
        }

        var results = new List<ValidationResult>();
        if (!Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true))
        {
            var first = results[0];
            var member = first.MemberNames.FirstOrDefault() ?? "";
            throw new InvalidInputException($"{path}:{member}: {first.ErrorMessage}");
        }
        options.Validate(path);
        return options;
    }

    static string Describe(InvalidOperationException e) =>
        e.InnerException is { } inner ? $"{e.Message} {inner.Message}" : e.Message;
}
