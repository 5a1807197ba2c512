namespace DNArch.Engine.Runs;

/// <summary>A run stopped on request (Ctrl+C, SIGTERM) after writing its checkpoint, or before its first step.</summary>
public sealed class RunInterruptedException : OperationCanceledException
{
    public RunInterruptedException(RunDirectory run, int epoch, int step, CancellationToken token)
        : this($"interrupted in epoch {epoch}, step {step}; checkpoint written. Continue with: dnarch search --resume {Path(run)}", token)
    {
    }

    RunInterruptedException(string message, CancellationToken token) : base(message, token)
    {
    }

    /// <summary>Stopped once its run directory existed but before training: nothing is lost, the run starts over on resume.</summary>
    public static RunInterruptedException BeforeTraining(RunDirectory run, CancellationToken token) =>
        new($"interrupted before training started; {Path(run)} holds no checkpoint yet. Start it from the beginning with: " +
            $"dnarch search --resume {Path(run)}", token);

    static string Path(RunDirectory run)
    {
        ArgumentNullException.ThrowIfNull(run);
        return run.Path;
    }
}
