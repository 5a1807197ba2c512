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
        catch (InvalidDataException e) when (e.InnerException is JsonException json)
        {
            throw new InvalidInputException($"{FileOf(e)}: malformed JSON at line {json.LineNumber + 1}: {json.Message}", e);
        }
        catch (FormatException e)
        {
            throw new InvalidInputException($"{FileOf(e)}: {e.Message}", e);
        }
    }

    static string FileOf(Exception e)
    {
        var message = e.Message;
        var start = message.IndexOf('\'');
        var end = start < 0 ? -1 : message.IndexOf('\'', start + 1);
        return end > start ? message[(start + 1)..end] : "configuration";
    }
}
