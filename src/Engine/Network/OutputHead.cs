using DNArch.Abstractions.Datasets;
using DNArch.Abstractions.Heads;
using DNArch.Abstractions.Resampling;
using TorchSharp;
using static TorchSharp.torch;

namespace DNArch.Engine.Network;

/// <summary>
/// The trunk's readout, then the head plugin. Classification: norm → mean pool to a grid of <c>g</c> cells per
/// spatial dimension (<c>g = 1</c>: the global mean, CCNN's head) → the head on the features of every encoding.
/// Dense prediction: norm → restore the input resolution (the inverse Fourier resampling, zero-padding the spectrum)
/// → the head at every position.
/// </summary>
sealed class OutputHead : nn.Module
{
    readonly ChannelNorm norm;
    readonly Head head;
    readonly TaskKind task;
    readonly Resampler? restore;
    readonly int grid;

    /// <param name="restore">
    /// Brings the stream back to a size (<see cref="Resampler.Restore"/>); null when the network never downsamples.
    /// </param>
    /// <param name="grid">Cells per spatial dimension of a classification head's pooling (1 = global mean).</param>
    public OutputHead(ChannelNorm norm, Head head, TaskKind task, Resampler? restore, int grid)
        : base(nameof(OutputHead))
    {
        this.grid = grid;
        this.norm = norm;
        this.head = head;
        this.task = task;
        this.restore = restore;
        register_module("norm", norm);
        register_module("output", head);
    }

    public ChannelNorm Norm => norm;

    /// <summary>The head plugin's module.</summary>
    public Head Head => head;

    public TaskKind Task => task;

    /// <summary>The resampler that restores a dense head's resolution; null when the network never downsamples.</summary>
    public Resampler? Restorer => restore;

    /// <summary>Cells per spatial dimension of the classification pooling.</summary>
    public int Grid => grid;

    public Tensor forward(Tensor x, int active, IReadOnlyList<int> inputSize)
    {
        using var scope = NewDisposeScope();
        var h = norm.forward(x, active);
        var spatial = Enumerable.Range(2, (int)h.dim() - 2).Select(d => (long)d).ToArray();
        if (task == TaskKind.Classification) h = Pooled(h, spatial);
        else if (restore is not null && !h.shape.Skip(2).SequenceEqual(inputSize.Select(n => (long)n)))
            h = restore.Restore(h, inputSize);
        return head.forward(h).MoveToOuterDisposeScope();
    }

    /// <summary>The cells of the pooling grid, channel-major <c>[B, C·g^D]</c>: the active channels' features come first.</summary>
    Tensor Pooled(Tensor h, long[] spatial)
    {
        if (grid == 1) return h.mean(spatial);
        var cells = spatial.Select(_ => (long)grid).ToArray();
        var pooled = spatial.Length == 1
            ? nn.functional.adaptive_avg_pool1d(h, grid)
            : nn.functional.adaptive_avg_pool2d(h, cells);
        return pooled.flatten(1);
    }

    /// <summary>Features per channel the classification head reads: <c>g^D</c> cells.</summary>
    public static int Cells(int grid, int dimensions) => (int)Math.Pow(grid, dimensions);

    public void Costs(CostSheet sheet, Tensor channels, IReadOnlyList<Tensor> spatial, IReadOnlyList<Tensor> inputSpatial)
    {
        var positions = CostSheet.Product(spatial);
        sheet.Norm("head.norm", -1, CostSheet.One, channels, positions);
        if (task == TaskKind.Classification)
        {
            sheet.Head(head.Costs(channels * Cells(grid, spatial.Count), CostSheet.One));
            return;
        }
        var restored = CostSheet.Product(inputSpatial);
        if (restore is not null)
            sheet.Resample("head.restore", -1, CostSheet.One, channels, restore.Macs(spatial, inputSpatial), restored);
        sheet.Head(head.Costs(channels, restored));
    }
}
