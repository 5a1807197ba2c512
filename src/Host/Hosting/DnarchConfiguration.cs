using System.Text.Json;
using DNArch.Abstractions.Configuration;
using Microsoft.Extensions.Configuration;

namespace DNArch.Host.Hosting;

/// <summary>
/// The configuration sources of the contract, later ones winning: <c>appsettings.json</c> beside the program,
/// <c>--config FILE</c>, environment variables <c>DNARCH_*</c> (<c>__</c> for <c>:</c>), command-line overrides.
/// </summary>
public static class DnarchConfiguration
{
    public const string EnvironmentPrefix = "DNARCH_";

    public static IConfigurationBuilder AddDnarchSources(this IConfigurationBuilder builder, CommandLine commandLine, string programDirectory)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(commandLine);
        builder.AddJsonFile(Path.Combine(programDirectory, "appsettings.json"), optional: true, reloadOnChange: false);
        if (commandLine.Value("--config") is { } file)
        {
            var path = Path.GetFullPath(file);
            if (!File.Exists(path))
                throw new InvalidInputException($"--config {file}: the file does not exist. Give the path of a JSON configuration file.");
            builder.AddJsonFile(path, optional: false, reloadOnChange: false);
        }
        builder.AddEnvironmentVariables(EnvironmentPrefix);
        builder.AddCommandLine(commandLine.Overrides);
        return builder;
    }

    /// <summary>Builds the configuration, turning a malformed JSON file into a message naming the file and line.</summary>
    public static IConfigurationRoot BuildChecked(this IConfigurationBuilder builder)
    {
        try
        {
            return builder.Build();
        }
        catch (InvalidDataException e)
        {
            var json = Causes(e).OfType<JsonException>().FirstOrDefault();
            var line = json?.LineNumber is { } n ? n + 1 : LineIn(e.ToString());
            var reason = json?.Message ?? e.InnerException?.Message ?? e.Message;
            throw new InvalidInputException($"{FileOf(e)}: malformed JSON at line {line}: {FirstSentence(reason)}", e);
        }
        catch (FormatException e)
        {
            throw new InvalidInputException($"{FileOf(e)}: {e.Message}", e);
        }
    }

    /// <summary>
    /// Refuses a log level that is not one (<c>Logging:LogLevel:Default=Loud</c>, also per provider), naming the key,
    /// before the logging setup fails on it with a message that names none.
    /// </summary>
    public static IConfigurationRoot CheckLogLevels(this IConfigurationRoot configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        foreach (var (key, value) in configuration.GetSection(ConfigurationKeys.Logging).AsEnumerable())
        {
            if (value is null || !IsLogLevelKey(key)) continue;
            if (Enum.TryParse<Microsoft.Extensions.Logging.LogLevel>(value, ignoreCase: true, out var level) && Enum.IsDefined(level)) continue;
            throw InvalidInputException.ForKey(key, $"'{value}' is not a log level",
                $"Valid: {string.Join(", ", Enum.GetNames<Microsoft.Extensions.Logging.LogLevel>())}");
        }
        return configuration;
    }

    // Logging:LogLevel:<category> or Logging:<provider>:LogLevel:<category>.
    static bool IsLogLevelKey(string key)
    {
        var parts = key.Split(':');
        return parts.Length >= 3 && (parts[1].Equals("LogLevel", StringComparison.OrdinalIgnoreCase) ||
                                     parts.Length >= 4 && parts[2].Equals("LogLevel", StringComparison.OrdinalIgnoreCase));
    }

    // System.Text.Json reports a zero-based "LineNumber: N" in its messages.
    static long LineIn(string message)
    {
        var match = System.Text.RegularExpressions.Regex.Match(message, @"LineNumber: (\d+)");
        return match.Success ? long.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) + 1 : 0;
    }

    static IEnumerable<Exception> Causes(Exception e)
    {
        for (var cause = e.InnerException; cause is not null; cause = cause.InnerException) yield return cause;
    }

    static string FirstSentence(string message) => message.Split(" LineNumber:", 2)[0].Trim();

    static string FileOf(Exception e)
    {
        var message = e.Message;
        var start = message.IndexOf('\'');
        var end = start < 0 ? -1 : message.IndexOf('\'', start + 1);
        return end > start ? message[(start + 1)..end] : "configuration";
    }
}
