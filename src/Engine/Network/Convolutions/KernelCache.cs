using static TorchSharp.torch;

namespace DNArch.Engine.Network;

/// <summary>
/// Shared by the convolutions of one network: while fixed (<see cref="Supernet.FixKernels"/>), each conv generates its
/// kernels once and reuses them for every batch, as an evaluation may, since neither weights nor masks change in it.
/// </summary>
sealed class KernelCache
{
    readonly Dictionary<(ContinuousConvolution Conv, int Kernels, string Shape), Tensor> kernels = [];

    public bool Fixed { get; private set; }

    /// <summary>
    /// The kernels of <paramref name="conv"/> for <paramref name="count"/> kernels on an input of
    /// <paramref name="shape"/>: made by <paramref name="generate"/> once while fixed, every call otherwise.
    /// </summary>
    public Tensor Get(ContinuousConvolution conv, int count, long[] shape, Func<Tensor> generate)
    {
        if (!Fixed) return generate();
        var key = (conv, count, string.Join('x', shape));
        if (!kernels.TryGetValue(key, out var cached))
        {
            cached = generate().DetachFromDisposeScope();
            kernels[key] = cached;
        }
        return cached.alias();
    }

    /// <summary>Fixes the kernels until the returned scope is disposed; without gradients only.</summary>
    public IDisposable Fix()
    {
        if (is_grad_enabled())
            throw new InvalidOperationException("Kernels can only be fixed without gradients (inside no_grad()).");
        Fixed = true;
        return new Release(this);
    }

    sealed class Release(KernelCache cache) : IDisposable
    {
        public void Dispose()
        {
            cache.Fixed = false;
            foreach (var kernel in cache.kernels.Values) kernel.Dispose();
            cache.kernels.Clear();
        }
    }
}
