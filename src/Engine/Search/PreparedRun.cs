using DNArch.Abstractions.Architecture;
using DNArch.Engine.Runs;

namespace DNArch.Engine.Search;

/// <summary>A run whose configuration, data and network are ready: every configuration error has surfaced already.</summary>
public sealed class PreparedRun(TrainingRun run, Trainer trainer) : IDisposable
{
    public RunDirectory Run => run.Directory;

    public ArchitectureRecord Execute(CancellationToken cancellation) => trainer.Run(run, cancellation);

    /// <summary>Frees the network and releases the run directory's lock.</summary>
    public void Dispose()
    {
        run.Network.Dispose();
        run.Directory.Dispose();
    }
}
