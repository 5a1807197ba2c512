using DNArch.Abstractions.Datasets;
using DNArch.Abstractions.Resampling;
using TorchSharp;
using static TorchSharp.torch;

namespace DNArch.Engine.Network;

/// <summary>
/// Classification: norm → global mean pool → linear. Dense prediction: norm → restore the input resolution (the
/// inverse Fourier resampling, zero-padding the spectrum) → per-position linear.
/// </summary>
sealed class OutputHead : nn.Module
{
    readonly ChannelNorm norm;
    readonly ChannelMixer linear;
    readonly TaskKind task;
    readonly Resampler? restore;

    /// <param name="restore">
    /// Brings the stream back to a size (<see cref="Resampler.Restore"/>); null when the network never downsamples.
    /// </param>
    public OutputHead(ChannelNorm norm, ChannelMixer linear, TaskKind task, Resampler? restore)
        : base(nameof(OutputHead))
    {
        this.norm = norm;
        this.linear = linear;
        this.task = task;
        this.restore = restore;
        register_module("norm", norm);
        register_module("linear", linear);
    }

    public Tensor forward(Tensor x, int active, IReadOnlyList<int> inputSize)
    {
        using var scope = NewDisposeScope();
        var h = norm.forward(x, active);
        var spatial = Enumerable.Range(2, (int)h.dim() - 2).Select(d => (long)d).ToArray();
        if (task == TaskKind.Classification) h = h.mean(spatial);
        else if (restore is not null && !h.shape.Skip(2).SequenceEqual(inputSize.Select(n => (long)n)))
            h = restore.Restore(h, inputSize);
        return linear.forward(h, linear.Outputs).MoveToOuterDisposeScope();
    }

    public void Costs(CostSheet sheet, Tensor channels, IReadOnlyList<Tensor> spatial, IReadOnlyList<Tensor> inputSpatial)
    {
        var positions = CostSheet.Product(spatial);
        sheet.Norm("head.norm", -1, CostSheet.One, channels, positions);
        var outputs = tensor((double)linear.Outputs);
        if (task == TaskKind.Classification)
        {
            sheet.Dense("head.linear", -1, CostSheet.One, channels, outputs, CostSheet.One);
            return;
        }
        var restored = CostSheet.Product(inputSpatial);
        if (restore is not null)
            sheet.Resample("head.restore", -1, CostSheet.One, channels, restore.Macs(spatial, inputSpatial), restored);
        sheet.Dense("head.linear", -1, CostSheet.One, channels, outputs, restored);
    }
}
