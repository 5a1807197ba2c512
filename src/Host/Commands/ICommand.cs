using DNArch.Host.Hosting;

namespace DNArch.Host.Commands;

/// <summary>One verb of the <c>dnarch</c> program.</summary>
public interface ICommand
{
    /// <summary>Runs the verb; returns the process exit code.</summary>
    Task<int> RunAsync(CommandLine commandLine, CancellationToken cancellation);
}
