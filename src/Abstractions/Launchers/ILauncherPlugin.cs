using Microsoft.Extensions.Configuration;

namespace DNArch.Abstractions.Launchers;

/// <summary>
/// Runs the searches of a sweep somewhere: on this machine, on a cluster, ... Export it with
/// <c>[Plugin(PluginKind.Launcher, "name", "...")]</c>; <c>Compare:Launcher:Type</c> selects it and the rest of
/// <c>Compare:Launcher</c> is its options.
/// </summary>
public interface ILauncherPlugin
{
    /// <summary>
    /// Starts the tasks of <paramref name="sweep"/> with the given <paramref name="indices"/> (all of them at first,
    /// the failed ones on a resubmission). A launcher that runs them in the foreground returns when they have
    /// exited, with their exit codes; one that submits them to a scheduler returns once they are queued.
    /// Invalid <paramref name="options"/> throw <see cref="Configuration.InvalidInputException"/>.
    /// </summary>
    Task<LaunchResult> LaunchAsync(Sweep sweep, IReadOnlyList<int> indices, IConfiguration options, CancellationToken cancellation);

    /// <summary>
    /// What the launcher knows of each task it started in <paramref name="launches"/> (in launch order; the last
    /// launch of an index is its current attempt): still queued or running, exited with a code, or unknown.
    /// </summary>
    Task<IReadOnlyList<SweepTaskState>> StateAsync(Sweep sweep, IReadOnlyList<LaunchResult> launches, CancellationToken cancellation);
}
