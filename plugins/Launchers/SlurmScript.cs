using System.Globalization;
using System.Text;
using DNArch.Abstractions.Launchers;

namespace DNArch.Plugins.Launchers;

/// <summary>
/// The <c>sbatch</c> job-array script of a sweep: array index N runs the command of task N of the manifest, then
/// records its exit code. Which indices run is the <c>--array</c> of each submission, so a resubmission of failed
/// tasks uses the same script.
/// </summary>
static class SlurmScript
{
    public static string Write(Sweep sweep, SlurmLauncherOptions options, SlurmFiles files)
    {
        var script = new StringBuilder();
        script.Append("#!/bin/bash\n");
        script.Append($"# dnarch sweep {sweep.Directory}: array task N runs task N of sweep.json.\n");
        script.Append($"#SBATCH --job-name=dnarch-{Path.GetFileName(sweep.Directory)}\n");
        script.Append($"#SBATCH --output={files.LogPattern}\n");
        script.Append($"#SBATCH --chdir={sweep.WorkingDirectory}\n");
        foreach (var (name, value) in Directives(options))
            if (value is not null) script.Append($"#SBATCH --{name}={value}\n");
        script.Append("case \"$SLURM_ARRAY_TASK_ID\" in\n");
        foreach (var task in sweep.Tasks)
            script.Append($"  {task.Index.ToString(CultureInfo.InvariantCulture)}) command=({string.Join(' ', sweep.CommandOf(task).Select(Quote))}) ;;\n");
        script.Append($"  *) echo \"dnarch sweep: no task $SLURM_ARRAY_TASK_ID in {sweep.Directory}/sweep.json\" >&2; exit 2 ;;\n");
        script.Append("esac\n");
        script.Append("\"${command[@]}\"\n");
        script.Append("code=$?\n");
        var exit = Quote(files.ExitCodes + "/") + "\"$SLURM_ARRAY_TASK_ID\"";
        script.Append($"echo \"$code\" > {exit}.tmp && mv {exit}.tmp {exit}\n");
        script.Append("exit \"$code\"\n");
        return script.ToString();
    }

    static IEnumerable<(string Name, string? Value)> Directives(SlurmLauncherOptions options) =>
    [
        ("partition", options.Partition),
        ("account", options.Account),
        ("time", options.Time),
        ("cpus-per-task", options.CpusPerTask?.ToString(CultureInfo.InvariantCulture)),
        ("mem", options.Mem),
        ("gres", options.Gres),
    ];

    /// <summary>One word for bash, whatever it holds.</summary>
    public static string Quote(string word) => $"'{word.Replace("'", "'\\''", StringComparison.Ordinal)}'";

    /// <summary>Indices as sbatch's <c>--array</c> takes them: <c>0-3,7,9-10</c>.</summary>
    public static string ArraySpec(IEnumerable<int> indices)
    {
        var ranges = new List<string>();
        var sorted = indices.Distinct().Order().ToList();
        for (var i = 0; i < sorted.Count;)
        {
            var j = i;
            while (j + 1 < sorted.Count && sorted[j + 1] == sorted[j] + 1) j++;
            ranges.Add(i == j ? Num(sorted[i]) : $"{Num(sorted[i])}-{Num(sorted[j])}");
            i = j + 1;
        }
        return string.Join(',', ranges);
    }

    static string Num(int value) => value.ToString(CultureInfo.InvariantCulture);
}
