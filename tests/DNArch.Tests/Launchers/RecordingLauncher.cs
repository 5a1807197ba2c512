using DNArch.Abstractions.Launchers;
using DNArch.Abstractions.Plugins;
using DNArch.Engine;
using DNArch.Engine.Compare;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DNArch.Tests.Launchers;

/// <summary>A launcher that starts nothing: it records what it was given, says job 42, and reports the states it is told to.</summary>
sealed class RecordingLauncher : ILauncherPlugin
{
    public const string Name = "record";

    public List<(Sweep Sweep, IReadOnlyList<int> Indices, IConfiguration Options)> Launches { get; } = [];

    public List<SweepTaskState> States { get; } = [];

    public Task<LaunchResult> LaunchAsync(Sweep sweep, IReadOnlyList<int> indices, IConfiguration options, CancellationToken cancellation)
    {
        Launches.Add((sweep, indices, options));
        return Task.FromResult(new LaunchResult("42", [.. indices.Select(i => new LaunchedTask(i, $"/logs/42_{i}.log", Job: $"42_{i}"))]));
    }

    public Task<IReadOnlyList<SweepTaskState>> StateAsync(Sweep sweep, IReadOnlyList<LaunchResult> launches, CancellationToken cancellation) =>
        Task.FromResult<IReadOnlyList<SweepTaskState>>(States);

    /// <summary>A <see cref="SweepCoordinator"/> that finds this launcher as <c>Compare:Launcher:Type=record</c>.</summary>
    public SweepCoordinator Coordinator() =>
        new ServiceCollection()
            .AddKeyedSingleton<ILauncherPlugin>(Name, this)
            .AddSingleton(new PluginDescriptor(PluginKind.Launcher, Name, "records launches", "tests", typeof(ILauncherPlugin)))
            .AddSingleton<PluginResolver>()
            .AddSingleton<SweepCoordinator>()
            .BuildServiceProvider()
            .GetRequiredService<SweepCoordinator>();
}
