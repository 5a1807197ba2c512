using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace DNArch.Benchmarks;

/// <summary>
/// The throughput anchor: a plain CNN like <c>benchmarks/pytorch/plain_cnn.py</c>'s, in 1-D or 2-D. Four dense convs
/// of 3, 5, 3 and 3 taps per dimension ("same" padding, no bias), each followed by BatchNorm and GELU, max-pooling by 2
/// after the second and the third, and a linear head on the flattened map.
/// </summary>
sealed class PlainCnn : nn.Module<Tensor, Tensor>
{
    static readonly int[] Taps = [3, 5, 3, 3];
    static readonly bool[] PoolAfter = [false, true, true, false];

    readonly ModuleList<nn.Module<Tensor, Tensor>> convs = new();
    readonly ModuleList<nn.Module<Tensor, Tensor>> norms = new();
    readonly Linear head;
    readonly int dimensions;

    public PlainCnn(int inputChannels, IReadOnlyList<int> shape, int width, int classes) : base(nameof(PlainCnn))
    {
        ArgumentNullException.ThrowIfNull(shape);
        dimensions = shape.Count;
        for (var i = 0; i < Taps.Length; i++)
        {
            var inputs = i == 0 ? inputChannels : width;
            convs.Add(dimensions == 1
                ? nn.Conv1d(inputs, width, Taps[i], padding: Taps[i] / 2, bias: false)
                : nn.Conv2d(inputs, width, Taps[i], padding: Taps[i] / 2, bias: false));
            norms.Add(dimensions == 1 ? nn.BatchNorm1d(width) : nn.BatchNorm2d(width));
        }
        head = nn.Linear(width * Pooled(shape).Aggregate(1L, (p, n) => p * n), classes);
        RegisterComponents();
        Width = width;
    }

    public int Width { get; }

    public override Tensor forward(Tensor input)
    {
        using var scope = NewDisposeScope();
        var x = input;
        for (var i = 0; i < Taps.Length; i++)
        {
            x = nn.functional.gelu(norms[i].forward(convs[i].forward(x)));
            if (PoolAfter[i]) x = dimensions == 1 ? nn.functional.max_pool1d(x, 2) : nn.functional.max_pool2d(x, [2, 2]);
        }
        return head.forward(x.flatten(1)).MoveToOuterDisposeScope();
    }

    /// <summary>
    /// Forward MACs per example, counted as the engine's cost sheet counts them: a dense conv <c>n·k·c_in·c_out</c>, a
    /// norm <c>2·c·n</c>, the linear head <c>i·o</c>; GELU and pooling are not counted.
    /// </summary>
    public static double Macs(int inputChannels, IReadOnlyList<int> shape, int width, int classes)
    {
        ArgumentNullException.ThrowIfNull(shape);
        var size = shape.ToArray();
        double macs = 0;
        for (var i = 0; i < Taps.Length; i++)
        {
            var positions = size.Aggregate(1.0, (p, n) => p * n);
            macs += positions * Math.Pow(Taps[i], size.Length) * (i == 0 ? inputChannels : width) * width + 2.0 * width * positions;
            if (PoolAfter[i]) size = [.. size.Select(n => n / 2)];
        }
        return macs + (double)width * size.Aggregate(1.0, (p, n) => p * n) * classes;
    }

    /// <summary>The width whose <see cref="Macs"/> are closest to <paramref name="macs"/>.</summary>
    public static int WidthFor(int inputChannels, IReadOnlyList<int> shape, int classes, double macs) =>
        Enumerable.Range(1, 4096).MinBy(w => Math.Abs(Macs(inputChannels, shape, w, classes) - macs));

    static int[] Pooled(IReadOnlyList<int> shape) => [.. shape.Select(n => n >> PoolAfter.Count(p => p))];
}
