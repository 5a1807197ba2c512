using System.Text.Json;
using System.Text.Json.Serialization;
using DNArch.Abstractions.Architecture;
using DNArch.Abstractions.Configuration;
using DNArch.Plugins.Sdk.IO;

namespace DNArch.Engine.Runs;

/// <summary>
/// The files of one run (contract: "A run directory"), each written atomically. A directory opened to be written
/// (created, or resumed) holds its <see cref="RunLock"/> until disposed.
/// </summary>
public sealed partial class RunDirectory : IDisposable
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        // A diverged or fully skipped epoch has NaN figures; they are written as "NaN" rather than stopping the run.
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    static readonly JsonSerializerOptions JsonLine = new(Json) { WriteIndented = false };

    RunLock? runLock;

    RunDirectory(string path, RunLock? runLock = null) => (Path, this.runLock) = (path, runLock);

    public string Path { get; }

    public string Architecture => Combine("architecture.json");
    public string BestArchitecture => Combine("architecture-best.json");
    public string Metrics => Combine("metrics.jsonl");
    public string Summary => Combine("summary.md");
    public string Configuration => Combine("config.json");
    public string Checkpoint => Combine("checkpoint.bin");
    public string PreviousCheckpoint => Combine("checkpoint.previous.bin");
    public string BestWeights => Combine("best.bin");
    public string TensorBoard => Combine("tensorboard");

    public string Combine(string name) => System.IO.Path.Combine(Path, name);

    /// <summary>
    /// A new run directory <c>output/name</c>; when it exists already, <c>name-2</c>, <c>name-3</c>, ... so that
    /// no earlier run is overwritten. <paramref name="initialize"/> writes its first files (config.json) in a staging
    /// folder that is then renamed into place, so a run directory never lacks them, whenever the process dies.
    /// </summary>
    public static RunDirectory CreateNew(string output, string name, Action<RunDirectory>? initialize = null)
    {
        var root = System.IO.Path.GetFullPath(output);
        var staging = System.IO.Path.Combine(root, $".{name}.{Environment.ProcessId}@{Environment.MachineName}.new");
        RunLock? taken = null;
        try
        {
            RemoveAbandonedStaging(root);
            Directory.CreateDirectory(staging);
            taken = RunLock.Acquire(staging, staging);
            initialize?.Invoke(new RunDirectory(staging));
            for (var n = 1; ; n++)
            {
                var path = System.IO.Path.Combine(root, n == 1 ? name : $"{name}-{n}");
                if (Directory.Exists(path) || File.Exists(path)) continue;
                Directory.Move(staging, path);
                return new RunDirectory(path, taken.MovedTo(path));
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            taken?.Dispose();
            TryDelete(staging);
            throw InvalidInputException.ForKey(ConfigurationKeys.Search.Output, $"cannot create a run directory under '{root}' ({e.Message})", "Give a writable folder.");
        }
    }

    /// <summary>
    /// An existing run directory to continue writing (<c>search --resume</c>), locked for this process. Temporary
    /// files a killed process left behind, in sub-folders (plots) too, are removed once the lock is held.
    /// </summary>
    public static RunDirectory Open(string path, string option)
    {
        var run = OpenForReading(path, option);
        run.runLock = RunLock.Acquire(run.Path, $"{option} {path}");
        foreach (var leftover in Directory.EnumerateFiles(run.Path, "*.tmp", SearchOption.AllDirectories)) File.Delete(leftover);
        return run;
    }

    /// <summary>An existing run directory to read only (<c>retrain</c>): no lock, nothing removed, so it may be live.</summary>
    public static RunDirectory OpenForReading(string path, string option)
    {
        var full = System.IO.Path.GetFullPath(path);
        if (!Directory.Exists(full))
            throw new InvalidInputException($"{option} {path}: no such run directory. Give the folder a search wrote (it holds config.json).");
        var run = new RunDirectory(full);
        if (!File.Exists(run.Configuration))
            throw new InvalidInputException($"{option} {path}: not a run directory: config.json is missing.");
        return run;
    }

    /// <summary>Releases the lock, if this instance holds one.</summary>
    public void Dispose()
    {
        runLock?.Dispose();
        runLock = null;
    }

    // Staging folders (.name.pid@host.new) of processes of this host that no longer run: killed while creating a run.
    static void RemoveAbandonedStaging(string root)
    {
        if (!Directory.Exists(root)) return;
        foreach (var folder in Directory.EnumerateDirectories(root, ".*.new"))
        {
            var match = StagingName().Match(System.IO.Path.GetFileName(folder));
            if (!match.Success || !int.TryParse(match.Groups["pid"].Value, System.Globalization.CultureInfo.InvariantCulture, out var pid)) continue;
            var host = match.Groups["host"];
            if (host.Success && host.Value != Environment.MachineName) continue;
            if (RunLock.IsRunning(pid)) continue;
            TryDelete(folder);
        }
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^\.(?<name>.+)\.(?<pid>\d+)(@(?<host>.+))?\.new$")]
    private static partial System.Text.RegularExpressions.Regex StagingName();

    /// <summary>A run directory as it stands, read without cleaning anything (for reports on finished runs).</summary>
    public static RunDirectory AsItStands(string path) => new(System.IO.Path.GetFullPath(path));

    /// <summary>Removes a folder if it can; a failure here is not the error to report.</summary>
    internal static void TryDelete(string folder)
    {
        try { if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true); }
        catch (IOException) { /* the original error matters more */ }
        catch (UnauthorizedAccessException) { /* likewise */ }
    }

    public void WriteArchitecture(ArchitectureRecord record, bool best = false) =>
        AtomicFile.WriteAllText(best ? BestArchitecture : Architecture, JsonSerializer.Serialize(record, Json));

    public ArchitectureRecord ReadArchitecture()
    {
        try
        {
            var record = JsonSerializer.Deserialize<ArchitectureRecord>(File.ReadAllText(Architecture), Json)
                ?? throw new JsonException("empty document");
            ArchitectureValidation.Check(record, Architecture);
            return record;
        }
        catch (Exception e) when (e is JsonException or IOException)
        {
            throw InvalidInputException.ForFile(Architecture, $"cannot be read ({e.Message})", "the architecture.json a search writes");
        }
    }

    public void WriteMetrics(IEnumerable<EpochMetrics> epochs) =>
        AtomicFile.WriteAllText(Metrics, string.Concat(epochs.Select(e => JsonSerializer.Serialize(e, JsonLine) + "\n")));

    public IReadOnlyList<EpochMetrics> ReadMetrics() =>
        File.Exists(Metrics)
            ? File.ReadAllLines(Metrics).Where(l => l.Length > 0).Select(l => JsonSerializer.Deserialize<EpochMetrics>(l, Json)!).ToList()
            : [];
}
