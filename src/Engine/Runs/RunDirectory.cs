using System.Text.Json;
using System.Text.Json.Serialization;
using DNArch.Abstractions.Architecture;
using DNArch.Abstractions.Configuration;

namespace DNArch.Engine.Runs;

/// <summary>The files of one run (contract: "A run directory"), each written atomically.</summary>
public sealed class RunDirectory
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    static readonly JsonSerializerOptions JsonLine = new(Json) { WriteIndented = false };

    RunDirectory(string path) => Path = path;

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
    /// no earlier run is overwritten.
    /// </summary>
    public static RunDirectory CreateNew(string output, string name)
    {
        var root = System.IO.Path.GetFullPath(output);
        try
        {
            Directory.CreateDirectory(root);
            var path = System.IO.Path.Combine(root, name);
            for (var n = 2; Directory.Exists(path); n++) path = System.IO.Path.Combine(root, $"{name}-{n}");
            Directory.CreateDirectory(path);
            return new RunDirectory(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw InvalidInputException.ForKey("Search:Output", $"cannot create a run directory under '{root}' ({e.Message})", "Give a writable folder.");
        }
    }

    /// <summary>An existing run directory, for <c>search --resume</c> and <c>retrain</c>.</summary>
    public static RunDirectory Open(string path, string option)
    {
        var full = System.IO.Path.GetFullPath(path);
        if (!Directory.Exists(full))
            throw new InvalidInputException($"{option} {path}: no such run directory. Give the folder a search wrote (it holds config.json).");
        var run = new RunDirectory(full);
        if (!File.Exists(run.Configuration))
            throw new InvalidInputException($"{option} {path}: not a run directory: config.json is missing.");
        return run;
    }

    public void WriteArchitecture(ArchitectureRecord record, bool best = false) =>
        AtomicFile.WriteAllText(best ? BestArchitecture : Architecture, JsonSerializer.Serialize(record, Json));

    public ArchitectureRecord ReadArchitecture()
    {
        try
        {
            return JsonSerializer.Deserialize<ArchitectureRecord>(File.ReadAllText(Architecture), Json)
                ?? throw new JsonException("empty document");
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
