namespace DNArch.Engine.Search;

/// <summary><c>Search:Training:NonFinite</c>: what a NaN or infinite loss or gradient does to a training step.</summary>
public enum NonFiniteAction
{
    /// <summary>Stop the run (exit code 1) naming epoch, step and the tensor; the last checkpoint stays as it was.</summary>
    Stop,

    /// <summary>Skip the step (no update) and count it in <c>metrics.jsonl</c> and <c>summary.md</c>.</summary>
    Skip,
}
