using DNArch.Engine.Network;
using static TorchSharp.torch;

namespace DNArch.Engine.Export;

/// <summary>The operations the module exporters share, on <c>[B, C, *n]</c> values of an <see cref="OnnxGraph"/>.</summary>
static class OnnxLayers
{
    /// <summary>
    /// ONNX <c>Conv</c> (a cross-correlation, as PyTorch's) of <paramref name="weight"/> <c>[C_out, C_in / groups, *k]</c>
    /// with the padding of <see cref="DepthwiseConvolution"/>: k − 1 before for causal kernels, k/2 before and
    /// k − 1 − k/2 after for centred ones, so every output position stays.
    /// </summary>
    public static string Convolution(OnnxGraph graph, string x, Tensor weight, Tensor? bias, bool causal, long groups)
    {
        var taps = weight.shape.Skip(2).ToArray();
        var before = taps.Select(k => causal ? k - 1 : k / 2);
        var after = taps.Select(k => causal ? 0 : k - 1 - k / 2);
        string[] inputs = bias is null
            ? [x, graph.Constant("weight", weight)]
            : [x, graph.Constant("weight", weight), graph.Constant("bias", bias)];
        return graph.Node("Conv", inputs, OnnxGraph.Ints("kernel_shape", taps), OnnxGraph.Ints("pads", [.. before, .. after]),
            OnnxGraph.Int("group", groups));
    }

    /// <summary>The channel mixer <c>[outputs, inputs]</c> with its bias as a 1×1 <c>Conv</c>.</summary>
    public static string Pointwise(OnnxGraph graph, string x, Tensor weight, Tensor bias, int dimensions)
    {
        using var kernel = weight.reshape([.. weight.shape, .. Enumerable.Repeat(1L, dimensions)]);
        return Convolution(graph, x, kernel, bias, causal: false, groups: 1);
    }

    /// <summary>GELU with the exact error function, as <c>nn.functional.gelu</c>.</summary>
    public static string Gelu(OnnxGraph graph, string x) => graph.Node("Gelu", [x]);

    /// <summary><paramref name="x"/> times <paramref name="values"/> <c>[C]</c> per channel.</summary>
    public static string ScaleChannels(OnnxGraph graph, string x, Tensor values, int dimensions) =>
        graph.Node("Mul", [x, graph.Constant("scale", PerChannel(values, dimensions))]);

    /// <summary><paramref name="x"/> plus <paramref name="values"/> <c>[C]</c> per channel.</summary>
    public static string ShiftChannels(OnnxGraph graph, string x, Tensor values, int dimensions) =>
        graph.Node("Add", [x, graph.Constant("shift", PerChannel(values, dimensions))]);

    /// <summary>
    /// Dimension d of <paramref name="x"/> <c>[B, C, *n]</c> (1-D or 2-D) multiplied by <paramref name="maps"/>[d]
    /// <c>[n_d, m_d]</c>, skipping null maps: the last dimension as <c>x · M</c>, the one before it as <c>Mᵀ · x</c>
    /// (MatMul broadcasts over the leading dimensions).
    /// </summary>
    public static string AlongDimensions(OnnxGraph graph, string x, IReadOnlyList<Tensor?> maps)
    {
        if (maps.Count > 2) throw new NotSupportedException($"Only 1-D and 2-D inputs export, not {maps.Count}-D.");
        for (var d = maps.Count - 1; d >= 0; d--)
        {
            if (maps[d] is not { } map) continue;
            if (d == maps.Count - 1)
            {
                x = graph.Node("MatMul", [x, graph.Constant("map", map)]);
                continue;
            }
            using var transposed = map.t();
            x = graph.Node("MatMul", [graph.Constant("map", transposed), x]);
        }
        return x;
    }

    /// <summary>Zero channels appended to <paramref name="x"/> (rank <paramref name="rank"/>) up to <paramref name="missing"/> more.</summary>
    public static string PadChannels(OnnxGraph graph, string x, long missing, int rank)
    {
        var pads = new long[2 * rank];
        pads[rank + 1] = missing;
        return graph.Node("Pad", [x, graph.Int64s("pads", pads)]);
    }

    /// <summary>
    /// <paramref name="norm"/> on the first (all) <paramref name="active"/> channels of <paramref name="x"/>: its
    /// evaluation affine, or layer-norm statistics over the channels of each position.
    /// </summary>
    public static string Norm(OnnxGraph graph, string x, ChannelNorm norm, int active, int dimensions)
    {
        using var scope = NewDisposeScope();
        if (norm.EvaluationAffine(active) is { } affine)
            return ShiftChannels(graph, ScaleChannels(graph, x, affine.Scale, dimensions), affine.Shift, dimensions);
        var channels = graph.Int64s("axes", 1);
        var centred = graph.Node("Sub", [x, graph.Node("ReduceMean", [x, channels], OnnxGraph.Int("keepdims", 1))]);
        var variance = graph.Node("ReduceMean", [graph.Node("Mul", [centred, centred]), channels], OnnxGraph.Int("keepdims", 1));
        using var epsilon = tensor((float)ChannelNorm.Epsilon);
        var deviation = graph.Node("Sqrt", [graph.Node("Add", [variance, graph.Constant("epsilon", epsilon)])]);
        var (scale, shift) = norm.Affine(active);
        return ShiftChannels(graph, ScaleChannels(graph, graph.Node("Div", [centred, deviation]), scale, dimensions), shift, dimensions);
    }

    /// <summary><paramref name="values"/> <c>[C]</c> shaped <c>[1, C, 1, ...]</c> to broadcast over <c>[B, C, *n]</c>.</summary>
    static Tensor PerChannel(Tensor values, int dimensions) =>
        values.reshape([1, values.shape[0], .. Enumerable.Repeat(1L, dimensions)]);
}
