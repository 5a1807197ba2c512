using DNArch.Abstractions.Resampling;
using DNArch.Engine.Network;
using static TorchSharp.torch;

namespace DNArch.Engine.Export;

/// <summary>
/// A residual block as fixed operations: its resampler's per-dimension linear maps (<see cref="ISeparableResampler"/>),
/// the depthwise conv with the generated, cropped kernels (an evaluation-mode batch norm before it folded in: scaled
/// kernels plus the constant map the shift leaves after zero padding), the pointwise and linear mixers as 1×1 convs
/// (the width mask folded into the linear's columns), the mask and depth-gate scale, and the residual sum.
/// </summary>
static class BlockExport
{
    /// <summary>Emits <paramref name="block"/> on the stream <paramref name="x"/>; returns the stream, its channels and size.</summary>
    public static (string Stream, int Channels, int[] Size) Emit(OnnxGraph graph, ResidualBlock block, string x, int channels,
        int[] size, Tensor? depthGate)
    {
        if (block.Resampler is { } resampler)
        {
            var maps = resampler is ISeparableResampler separable
                ? separable.ForwardMaps(size)
                : throw new NotSupportedException(
                    $"The resampler {resampler.GetType().Name} cannot be exported: it does not implement {nameof(ISeparableResampler)}.");
            x = OnnxLayers.AlongDimensions(graph, x, maps);
            size = resampler.OutputSize(size);
        }
        var dimensions = size.Length;
        var width = block.Width.Active;
        var h = OnnxLayers.Gelu(graph, Pointwise(graph, Depthwise(graph, block, x, channels, size), block.Conv, width, channels, dimensions));
        var values = block.Width.Values(width);
        var linear = block.Linear.Weight.narrow(0, 0, width).narrow(1, 0, width);
        if (values is not null) linear = linear * values.unsqueeze(0);
        h = OnnxLayers.Gelu(graph, OnnxLayers.Pointwise(graph, h, linear, block.Linear.Bias.narrow(0, 0, width), dimensions));
        var scale = (values, depthGate) switch
        {
            (null, null) => null,
            (null, { } gate) => gate.expand(width),
            ({ } mask, null) => mask,
            ({ } mask, { } gate) => mask * gate,
        };
        if (scale is not null) h = OnnxLayers.ScaleChannels(graph, h, scale, dimensions);
        var stream = Math.Max(channels, width);
        if (width < stream) h = OnnxLayers.PadChannels(graph, h, stream - width, dimensions + 2);
        if (channels < stream) x = OnnxLayers.PadChannels(graph, x, stream - channels, dimensions + 2);
        return (graph.Node("Add", [x, h]), stream, size);
    }

    // Norm → depthwise conv. With a batch norm a·x + b folded in: kernels a·k, plus b times k convolved with ones,
    // which is b·Σk inside and less near the zero-padded borders.
    static string Depthwise(OnnxGraph graph, ResidualBlock block, string x, int channels, int[] size)
    {
        var conv = block.Conv;
        var kernel = DepthwiseConvolution.SeenBy(conv.Kernel(channels), [.. size.Select(n => (long)n)], conv.Causal);
        var spread = Enumerable.Repeat(1L, size.Length).ToArray();
        if (block.Norm.EvaluationAffine(channels) is not { } affine)
        {
            var normalised = OnnxLayers.Norm(graph, x, block.Norm, channels, size.Length);
            return OnnxLayers.Convolution(graph, normalised, kernel.unsqueeze(1), null, conv.Causal, groups: channels);
        }
        var scaled = kernel * affine.Scale.reshape([channels, .. spread]);
        var border = DepthwiseConvolution.Direct(ones([1, channels, .. size.Select(n => (long)n)]), kernel, conv.Causal)
            * affine.Shift.reshape([1, channels, .. spread]);
        var convolved = OnnxLayers.Convolution(graph, x, scaled.unsqueeze(1), null, conv.Causal, groups: channels);
        return graph.Node("Add", [convolved, graph.Constant("border", border)]);
    }

    static string Pointwise(OnnxGraph graph, string x, SeparableCKConv conv, int width, int channels, int dimensions)
    {
        var mixer = conv.Pointwise;
        return OnnxLayers.Pointwise(graph, x, mixer.Weight.narrow(0, 0, width).narrow(1, 0, channels), mixer.Bias.narrow(0, 0, width),
            dimensions);
    }
}
