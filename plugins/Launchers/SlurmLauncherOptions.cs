using System.ComponentModel.DataAnnotations;
using System.Reflection;
using DNArch.Abstractions.Configuration;

namespace DNArch.Plugins.Launchers;

/// <summary>
/// <c>Compare:Launcher</c> for <c>Type=slurm</c>: the <c>sbatch</c> options of every array task. <c>Gres</c> (e.g.
/// <c>gpu:1</c>) gives each task the GPU a <c>Search:Device=cuda</c> search needs.
/// </summary>
public sealed class SlurmLauncherOptions : PluginOptions
{
    /// <summary>sbatch --partition.</summary>
    public string? Partition { get; set; }
    /// <summary>sbatch --account.</summary>
    public string? Account { get; set; }
    /// <summary>Time limit per task, as sbatch takes it (<c>30</c>, <c>2:00:00</c>, <c>1-00:00:00</c>).</summary>
    public string? Time { get; set; }
    /// <summary>sbatch --cpus-per-task.</summary>
    [Range(1, 4096)]
    public int? CpusPerTask { get; set; }
    /// <summary>Memory per node, as sbatch takes it (<c>8G</c>).</summary>
    public string? Mem { get; set; }
    /// <summary>sbatch --gres (e.g. gpu:1).</summary>
    public string? Gres { get; set; }
    /// <summary>At most this many array tasks at once (sbatch <c>--array=...%N</c>).</summary>
    [Range(1, 1_000_000)]
    public int? Parallel { get; set; }

    // Each value lands on a line of the job script: one line each.
    protected override void Validate(string sectionPath)
    {
        foreach (var property in GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.PropertyType == typeof(string)))
            if (property.GetValue(this) is string value && value.IndexOfAny(['\r', '\n']) >= 0)
                throw InvalidInputException.ForKey($"{sectionPath}:{property.Name}", "a line break in the value", "Give a single-line value.");
    }
}
