using System.Globalization;

namespace DNArch.Plugins.Launchers;

/// <summary>Where the Slurm launcher keeps its files in a sweep folder: the job script, task logs, and task exit codes.</summary>
sealed class SlurmFiles(string sweepDirectory)
{
    public string Folder { get; } = Path.Combine(sweepDirectory, "slurm");

    public string Script => Path.Combine(Folder, "sweep.sbatch");

    public string Logs { get; } = Path.Combine(sweepDirectory, "logs");

    /// <summary>The <c>--output</c> pattern: array job id and index.</summary>
    public string LogPattern => Path.Combine(Logs, "%A_%a.log");

    public string ExitCodes => Path.Combine(Folder, "exit");

    public string Log(string jobId, int index) => Path.Combine(Logs, $"{jobId}_{index.ToString(CultureInfo.InvariantCulture)}.log");

    /// <summary>Written by the task's script when <c>dnarch search</c> has exited: its exit code.</summary>
    public string ExitCode(int index) => Path.Combine(ExitCodes, index.ToString(CultureInfo.InvariantCulture));
}
