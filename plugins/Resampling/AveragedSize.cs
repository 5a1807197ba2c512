using static TorchSharp.torch;

namespace DNArch.Plugins.Resampling;

/// <summary>
/// A realised size, which is a step function of the threshold size x = r·N (floored, held at the minimum, rounded
/// down to fast lengths), as a continuous and differentiable function of x for a budget's estimate: linear between
/// the midpoints of its steps, so that over a step it averages about the size realised there (x − ½ for unit steps)
/// instead of sitting up to a step above it, and equal to N at x = N, the resampler that keeps everything.
/// </summary>
static class AveragedSize
{
    /// <summary>
    /// The size of an <paramref name="input"/>-sample grid at threshold size <paramref name="threshold"/> (a float64
    /// scalar); <paramref name="realised"/> maps a floored threshold size in [0, input] to the size realised.
    /// Below the first knot it is the smallest size, above the input the input, both without gradient.
    /// </summary>
    public static Tensor Of(Tensor threshold, int input, Func<int, int> realised)
    {
        ArgumentNullException.ThrowIfNull(threshold);
        ArgumentNullException.ThrowIfNull(realised);
        var (points, sizes) = Knots(input, realised);
        var x = threshold.item<double>();
        if (points.Length == 1 || x < points[0]) return tensor(sizes[0]);
        if (x > points[^1]) return tensor(sizes[^1]);
        var k = 0;
        while (k < points.Length - 2 && points[k + 1] <= x) k++;
        var slope = (sizes[k + 1] - sizes[k]) / (points[k + 1] - points[k]);
        return sizes[k] + (threshold - points[k]) * slope;
    }

    /// <summary>
    /// Knots of the interpolation: the midpoint of each step's range of x with that step's size, and (input, input).
    /// The first step's range starts at its own size, below which only the minimum holds.
    /// </summary>
    static (double[] Points, double[] Sizes) Knots(int input, Func<int, int> realised)
    {
        var starts = new List<int>();
        var sizes = new List<double>();
        for (var s = 0; s <= input; s++)
        {
            var size = realised(s);
            if (sizes.Count > 0 && size == sizes[^1]) continue;
            starts.Add(sizes.Count == 0 ? size : s);
            sizes.Add(size);
        }
        var points = new double[sizes.Count];
        for (var k = 0; k < points.Length - 1; k++) points[k] = (starts[k] + starts[k + 1]) / 2.0;
        points[^1] = input;
        return (points, [.. sizes]);
    }
}
