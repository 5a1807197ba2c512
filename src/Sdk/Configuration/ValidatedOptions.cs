using DNArch.Abstractions.Configuration;
using Microsoft.Extensions.Configuration;

namespace DNArch.Plugins.Sdk.Configuration;

/// <summary>Options bound strictly from one section, with checks beyond data annotations in <see cref="Validate"/>.</summary>
public abstract class ValidatedOptions
{
    /// <summary>Checks that go beyond data annotations; throw <see cref="InvalidInputException"/> from here.</summary>
    protected virtual void Validate(string sectionPath) { }

    /// <summary>
    /// Binds <paramref name="section"/> to <typeparamref name="T"/> with <see cref="OptionsBinder"/> (unknown keys,
    /// wrong types and data annotations are errors), then runs <see cref="Validate"/>.
    /// </summary>
    public static T Bind<T>(IConfiguration section) where T : ValidatedOptions, new() => (T)Bind(typeof(T), section);

    /// <summary><see cref="Bind{T}"/> for an options type known at run time (a plugin's, say).</summary>
    public static object Bind(Type type, IConfiguration section)
    {
        var options = OptionsBinder.Bind(type, section);
        (options as ValidatedOptions)?.Validate(section is IConfigurationSection s ? s.Path : "");
        return options;
    }
}
