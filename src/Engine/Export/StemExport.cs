using DNArch.Engine.Network;
using static TorchSharp.torch;

namespace DNArch.Engine.Export;

/// <summary>
/// The stem as <c>Conv → GELU</c> (times the width mask's values when width is learned): the full conv's kernels
/// generated once, cropped to the taps the input meets, and an evaluation-mode batch norm folded into the conv's
/// weights and bias (a layer norm stays between them).
/// </summary>
static class StemExport
{
    /// <summary>Emits the stem on <paramref name="x"/> <c>[B, C_in, *n]</c>; returns the stream and its channels.</summary>
    public static (string Stream, int Channels) Emit(OnnxGraph graph, Stem stem, string x, int inputChannels, IReadOnlyList<int> size)
    {
        var width = stem.Width.Active;
        var conv = stem.Conv;
        var kernels = conv.Kernel(width * inputChannels);
        var weight = DepthwiseConvolution.SeenBy(kernels.view([width, inputChannels, .. kernels.shape[1..]]),
            [.. size.Select(n => (long)n)], conv.Causal);
        var dimensions = size.Count;
        string h;
        if (stem.Norm.EvaluationAffine(width) is { } affine)
        {
            var folded = weight * affine.Scale.reshape([width, 1, .. Enumerable.Repeat(1L, dimensions)]);
            h = OnnxLayers.Convolution(graph, x, folded, affine.Shift, conv.Causal, groups: 1);
        }
        else
        {
            h = OnnxLayers.Norm(graph, OnnxLayers.Convolution(graph, x, weight, null, conv.Causal, groups: 1), stem.Norm, width,
                dimensions);
        }
        h = OnnxLayers.Gelu(graph, h);
        if (stem.Width.Values(width) is { } values) h = OnnxLayers.ScaleChannels(graph, h, values, dimensions);
        return (h, width);
    }
}
