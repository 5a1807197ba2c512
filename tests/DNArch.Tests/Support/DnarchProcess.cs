using System.Diagnostics;

namespace DNArch.Tests.Support;

public sealed record ProcessResult(int ExitCode, string StdOut, string StdErr);

/// <summary>Runs the real <c>dnarch</c> program (built beside the tests) as a child process.</summary>
public static class DnarchProcess
{
    static readonly string Program = System.IO.Path.Combine(AppContext.BaseDirectory, "dnarch.dll");

    /// <summary>A plugin folder holding the project's own plugin assemblies, as the host's build lays it out.</summary>
    public static string BuiltInPluginFolder(TempDirectory temp)
    {
        var folder = temp.Sub("plugins");
        foreach (var file in Directory.EnumerateFiles(AppContext.BaseDirectory, "DNArch.Plugins.*").Where(f => f.EndsWith(".dll", StringComparison.Ordinal) || f.EndsWith(".xml", StringComparison.Ordinal)))
            File.Copy(file, System.IO.Path.Combine(folder, System.IO.Path.GetFileName(file)), overwrite: true);
        return folder;
    }

    public static ProcessResult Run(string workingDirectory, IDictionary<string, string>? environment, params string[] args)
    {
        using var process = Start(workingDirectory, environment, args);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"dnarch {string.Join(' ', args)} did not finish in 5 minutes.");
        }
        return new ProcessResult(process.ExitCode, stdout.Result, stderr.Result);
    }

    /// <summary>Starts <c>dnarch</c> with its output redirected; the caller reads the output and waits (or kills).</summary>
    public static Process Start(string workingDirectory, IDictionary<string, string>? environment, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
        };
        start.ArgumentList.Add(Program);
        foreach (var arg in args) start.ArgumentList.Add(arg);
        foreach (var (key, value) in environment ?? new Dictionary<string, string>()) start.Environment[key] = value;
        return Process.Start(start)!;
    }
}
