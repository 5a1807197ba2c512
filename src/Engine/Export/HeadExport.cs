using DNArch.Abstractions.Datasets;
using DNArch.Abstractions.Heads;
using DNArch.Abstractions.Resampling;
using DNArch.Engine.Network;
using static TorchSharp.torch;

namespace DNArch.Engine.Export;

/// <summary>
/// The output head. Classification: the adaptive mean pooling to the head's grid as one averaging matrix per
/// dimension, flattened channel-major, then <c>Gemm</c>, an evaluation-mode batch norm folded into its weights and
/// bias (pooling keeps an affine per channel). Dense prediction: norm, the resampler's restoring maps, a 1×1 conv.
/// </summary>
static class HeadExport
{
    public static string Emit(OnnxGraph graph, OutputHead head, string x, int channels, int[] size, IReadOnlyList<int> inputSize)
    {
        var dimensions = size.Length;
        var linear = head.Head as IAffineHead ?? throw new NotSupportedException(
            $"The head {head.Head.GetType().Name} cannot be exported: it does not implement {nameof(IAffineHead)}.");
        var weight = linear.Weight;
        var bias = linear.Bias;
        if (head.Task != TaskKind.Classification)
        {
            var h = OnnxLayers.Norm(graph, x, head.Norm, channels, dimensions);
            if (head.Restorer is { } restorer && !size.SequenceEqual(inputSize))
            {
                h = OnnxLayers.AlongDimensions(graph, h, restorer is ISeparableResampler separable
                    ? separable.RestoreMaps(size, inputSize)
                    : throw new NotSupportedException($"The resampler {restorer.GetType().Name} cannot be exported: it does not implement {nameof(ISeparableResampler)}."));
            }
            return OnnxLayers.Pointwise(graph, h, weight.narrow(1, 0, channels), bias, dimensions);
        }
        var cells = OutputHead.Cells(head.Grid, dimensions);
        var affine = head.Norm.EvaluationAffine(channels);
        var input = affine is null ? OnnxLayers.Norm(graph, x, head.Norm, channels, dimensions) : x;
        var pooled = OnnxLayers.AlongDimensions(graph, input, [.. size.Select(n => (Tensor?)Pooling(n, head.Grid))]);
        var flat = graph.Node("Flatten", [pooled], OnnxGraph.Int("axis", 1));
        var w = weight.narrow(1, 0, channels * cells);
        var b = bias;
        if (affine is { } a)
        {
            // W·(s ⊙ p + t) + b per feature: s and t repeat over each channel's cells (channel-major features).
            b = bias + w.matmul(a.Shift.repeat_interleave(cells));
            w = w * a.Scale.repeat_interleave(cells).unsqueeze(0);
        }
        return graph.Node("Gemm", [flat, graph.Constant("weight", w), graph.Constant("bias", b)], OnnxGraph.Int("transB", 1));
    }

    /// <summary>
    /// <c>adaptive_avg_pool</c> from <paramref name="n"/> samples to <paramref name="cells"/> as an <c>[n, cells]</c>
    /// matrix: cell i averages samples ⌊i·n/g⌋ … ⌈(i + 1)·n/g⌉ − 1.
    /// </summary>
    static Tensor Pooling(int n, int cells)
    {
        var matrix = zeros(n, cells);
        for (var i = 0; i < cells; i++)
        {
            var start = i * n / cells;
            var end = ((i + 1) * n + cells - 1) / cells;
            matrix.narrow(0, start, end - start).narrow(1, i, 1).fill_(1.0 / (end - start));
        }
        return matrix;
    }
}
