using DNArch.Abstractions.Configuration;
using Microsoft.Extensions.Configuration;

namespace DNArch.Host.Hosting;

/// <summary>
/// The folders plugins are discovered in: the built-in <c>plugins</c> folder beside the program (when the build laid
/// one out), then those of <c>Plugins:Directories</c> (relative paths against the working directory, like
/// <c>--config</c> and <c>Search:Output</c>), then those a run given to <c>search --resume</c> or <c>retrain</c> was
/// made with (<c>Plugins:Directories</c> of its <c>config.json</c>), each once.
/// </summary>
public static class PluginFolders
{
    public static IReadOnlyList<string> Of(IConfiguration configuration, CommandLine commandLine, string programDirectory)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(commandLine);
        var builtIn = Path.Combine(programDirectory, "plugins");
        var configured = configuration.GetSection(ConfigurationKeys.Plugins.Directories).Get<string[]>() ?? [];
        return [.. (Directory.Exists(builtIn) ? [builtIn] : Array.Empty<string>())
            .Concat(configured.Concat(Remembered(commandLine)).Select(f => Path.GetFullPath(f)))
            .Select(Path.TrimEndingDirectorySeparator)
            .Distinct(StringComparer.Ordinal)];
    }

    // A damaged config.json gives none here: the command reports it.
    static IReadOnlyList<string> Remembered(CommandLine commandLine)
    {
        var run = commandLine.Value("--resume") ?? (commandLine.Verb == "retrain" ? commandLine.Positionals.FirstOrDefault() : null);
        var file = run is null ? null : Path.Combine(Path.GetFullPath(run), "config.json");
        if (file is null || !File.Exists(file)) return [];
        try
        {
            return new ConfigurationBuilder().AddJsonFile(file).Build().GetSection(ConfigurationKeys.Plugins.Directories).Get<string[]>() ?? [];
        }
        catch (Exception e) when (e is InvalidDataException or FormatException or IOException or InvalidOperationException)
        {
            return [];
        }
    }
}
