using System.Text.Json;
using DNArch.Abstractions.Configuration;
using DNArch.Abstractions.Launchers;
using DNArch.Engine.Runs;
using DNArch.Plugins.Sdk.IO;

namespace DNArch.Engine.Compare;

/// <summary>
/// <c>sweep.json</c> in a sweep folder: the tasks (one per array index: name, settings, run directory), how to start
/// them, and the launcher with its options, so that <c>--collect</c> and <c>--resubmit</c> need nothing else.
/// </summary>
public sealed record SweepManifest(string Launcher, IReadOnlyDictionary<string, string?> LauncherOptions, Sweep Sweep)
{
    public const string FileName = "sweep.json";

    public void Write() => AtomicFile.WriteAllText(Path.Combine(Sweep.Directory, FileName), JsonSerializer.Serialize(this, RunDirectory.Json));

    /// <summary>The manifest of the sweep folder <paramref name="directory"/>, which <paramref name="option"/> named.</summary>
    public static SweepManifest Read(string directory, string option)
    {
        ArgumentNullException.ThrowIfNull(directory);
        var path = Path.Combine(Path.GetFullPath(directory), FileName);
        if (!File.Exists(path))
            throw new InvalidInputException($"{option} {directory}: not a sweep folder: {FileName} is missing. Give the folder 'dnarch compare' printed.");
        try
        {
            return JsonSerializer.Deserialize<SweepManifest>(File.ReadAllText(path), RunDirectory.Json) ?? throw new JsonException("empty document");
        }
        catch (JsonException e)
        {
            throw InvalidInputException.ForFile(path, $"cannot be read ({e.Message})", "the sweep manifest 'dnarch compare' writes");
        }
    }
}
