using static TorchSharp.torch;

namespace DNArch.Engine.Data;

/// <summary>
/// One batch handed from the loader thread to the consumer, which owns it and must dispose it. Its tensors belong to
/// no dispose scope (scopes are thread-local; the loader thread has none).
/// </summary>
public sealed class DataBatch(Tensor inputs, Tensor targets) : IDisposable
{
    public Tensor Inputs { get; } = inputs;
    public Tensor Targets { get; } = targets;

    public void Dispose()
    {
        Inputs.Dispose();
        Targets.Dispose();
    }
}
