using TorchSharp;
using static TorchSharp.torch;

namespace DNArch.Plugins.Sdk.Layout;

/// <summary>
/// Images <c>[B, C, H, W]</c> stored channels-last (NHWC). The engine keeps the 2-D stream in this layout, where
/// libtorch runs oneDNN's depthwise and 1×1 convolutions without converting (docs/benchmarks.md, "Channels-last
/// images"); a module that keeps it too spares the next one a copy.
/// </summary>
public static class ChannelsLast
{
    /// <summary>Whether <paramref name="x"/> is a 4-D tensor whose NHWC view is contiguous.</summary>
    public static bool Is(Tensor x)
    {
        ArgumentNullException.ThrowIfNull(x);
        if (x.dim() != 4) return false;
        using var nhwc = x.permute(0, 2, 3, 1);
        return nhwc.is_contiguous();
    }

    /// <summary>
    /// <paramref name="x"/> stored channels-last if it is 4-D (an NHWC copy unless it already is), else itself. The
    /// gradient goes back channels-first, as the layers that made <paramref name="x"/> work on it.
    /// </summary>
    public static Tensor From(Tensor x)
    {
        ArgumentNullException.ThrowIfNull(x);
        return x.dim() != 4 || Is(x) ? x.alias() : Relayout.apply(x, true);
    }

    /// <summary>
    /// <paramref name="x"/> contiguous channels-first; the gradient goes back channels-last if <paramref name="x"/>
    /// was, so a layer that needs NCHW data can sit in a channels-last stream without mixing layouts downstream.
    /// </summary>
    public static Tensor ToChannelsFirst(Tensor x)
    {
        ArgumentNullException.ThrowIfNull(x);
        return Is(x) ? Relayout.apply(x, false) : x.contiguous();
    }

    static Tensor Store(Tensor x, bool channelsLast)
    {
        if (!channelsLast) return x.contiguous();
        using var nhwc = x.permute(0, 2, 3, 1).contiguous();
        return nhwc.permute(0, 3, 1, 2);
    }

    /// <summary>
    /// A copy into the other layout whose gradient is copied back into the input's: without it the gradient keeps the
    /// output's layout, and every element-wise backward that meets both layouts falls back to a scalar loop.
    /// </summary>
    sealed class Relayout : autograd.SingleTensorFunction<Relayout>
    {
        public override string Name => nameof(ChannelsLast);

        public override Tensor forward(autograd.AutogradContext ctx, params object[] vars)
        {
            var (x, channelsLast) = ((Tensor)vars[0], (bool)vars[1]);
            ctx.save_data("channelsLast", channelsLast);
            return Store(x, channelsLast);
        }

        public override List<Tensor> backward(autograd.AutogradContext ctx, Tensor grad_output) =>
            [Store(grad_output, !(bool)ctx.get_data("channelsLast")), null!];
    }

    /// <summary>
    /// Spatial dimension <paramref name="d"/> (0 for H, 1 for W) of a channels-last <paramref name="x"/> taken through
    /// <paramref name="map"/> <c>[n, m]</c>: <c>y[.., j, ..] = Σ_i x[.., i, ..] · map[i, j]</c>, channels-last too. In
    /// NHWC memory the samples along d are the middle index of a contiguous <c>[lines, n, rest]</c> view, so this is
    /// one batched product that reads and writes in place.
    /// </summary>
    public static Tensor Contract(Tensor x, int d, Tensor map)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(map);
        if (!Is(x)) throw new ArgumentException("The input must be a channels-last image.", nameof(x));
        using var nhwc = x.permute(0, 2, 3, 1);
        var shape = nhwc.shape;
        var axis = 1 + d;
        var lines = shape[..axis].Aggregate(1L, (p, n) => p * n);
        var rest = shape[(axis + 1)..].Aggregate(1L, (p, n) => p * n);
        using var samples = nhwc.view(lines, shape[axis], rest);
        using var transposed = map.t();
        using var shared = transposed.expand(lines, -1, -1);
        using var product = bmm(shared, samples);
        shape[axis] = map.shape[1];
        using var resized = product.view(shape);
        return resized.permute(0, 3, 1, 2);
    }
}
