namespace DNArch.Engine.Runs;

/// <summary>A run stopped on request (Ctrl+C, SIGTERM) after writing its checkpoint.</summary>
public sealed class RunInterruptedException(RunDirectory run, int epoch, int step, CancellationToken token)
    : OperationCanceledException(
        $"interrupted in epoch {epoch}, step {step}; checkpoint written. Continue with: dnarch search --resume {run.Path}",
        token);
