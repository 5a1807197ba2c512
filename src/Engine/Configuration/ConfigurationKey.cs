namespace DNArch.Engine.Configuration;

/// <summary>
/// One key of the configuration: its full path, CLR type, default, one-line description and valid values; once
/// resolved against a configuration, its typed value and the source that set it (<c>default</c> when none did).
/// </summary>
public sealed record ConfigurationKey(string Path, Type Type, object? Default, string Description, string Valid)
{
    public object? Value { get; init; }

    public string Source { get; init; } = ConfigurationKey.DefaultSource;

    public const string DefaultSource = "default";
}
