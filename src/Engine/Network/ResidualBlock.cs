using DNArch.Abstractions.Masks;
using DNArch.Abstractions.Resampling;
using TorchSharp;
using static TorchSharp.torch;

namespace DNArch.Engine.Network;

/// <summary>
/// A CCNN pre-norm residual block, <c>y = x + m_D · m_W ⊙ GELU(Linear(Dropout(m_W ⊙ GELU(SepConv(Norm(x))))))</c>,
/// after an optional resampler that downsamples the stream at the block's start.
/// <para>
/// Width: the residual stream carries the union of the widths so far: the stem's width, then after each active
/// block <c>max(stream, w_l)</c> channels. A block reads every active stream channel (its norm and depthwise kernel
/// are sliced to them), mixes them into its own w_l channels (pointwise <c>[w_l, stream]</c>, linear
/// <c>[w_l, w_l]</c>, both masked by m_W) and adds those to the first w_l stream channels; the identity shortcut
/// covers the active stream channels only. So every weight touching an inactive channel is sliced away, and a
/// skipped block is the identity, exactly as <c>m_D → 0</c> makes it in the full network.
/// </para>
/// </summary>
sealed class ResidualBlock : nn.Module
{
    readonly ChannelNorm norm;
    readonly SeparableCKConv conv;
    readonly ChannelMixer linear;
    readonly OrdinalGate width;
    readonly Resampler? resampler;
    readonly double dropout;
    readonly CropSwitch crop;

    public ResidualBlock(int index, ChannelNorm norm, SeparableCKConv conv, ChannelMixer linear, OrdinalGate width,
        Resampler? resampler, double dropout, CropSwitch crop) : base($"block{index}")
    {
        Index = index;
        this.norm = norm;
        this.conv = conv;
        this.linear = linear;
        this.width = width;
        this.resampler = resampler;
        this.dropout = dropout;
        this.crop = crop;
        register_module("norm", norm);
        register_module("conv", conv);
        register_module("linear", linear);
        if (width.Mask is { } mask) register_module("width_mask", mask);
        if (resampler is not null) register_module("resampler", resampler);
    }

    public int Index { get; }

    public ChannelNorm Norm => norm;

    public SeparableCKConv Conv => conv;

    public ChannelMixer Linear => linear;

    public OrdinalGate Width => width;

    public Resampler? Resampler => resampler;

    /// <summary>The dropout rate between the separable conv and the linear layer.</summary>
    public double Dropout => dropout;

    public IEnumerable<nn.Module> ArchitectureModules =>
        conv.Masks.Concat(width.Mask is { } m ? [m] : Array.Empty<Mask>()).Cast<nn.Module>()
            .Concat(resampler is null ? [] : [resampler]);

    /// <summary>The spatial size after the block's resampler, for an input of <paramref name="inputSize"/>.</summary>
    public int[] OutputSize(IReadOnlyList<int> inputSize) => resampler?.OutputSize(inputSize) ?? inputSize.ToArray();

    /// <summary>
    /// The stream after this block. <paramref name="active"/> channels of <paramref name="x"/> are active;
    /// <paramref name="depth"/> is the block's depth-mask value (null when depth is not learned). A block the depth
    /// mask skips does not <paramref name="resample"/> the stream either, so the masked full network resamples exactly
    /// where the cropped one does.
    /// </summary>
    public (Tensor Stream, int Active) forward(Tensor x, int active, Tensor? depth, bool resample = true)
    {
        using var scope = NewDisposeScope();
        if (resampler is not null && resample) x = resampler.forward(x);
        var computed = width.Computed(crop);
        var values = width.Values(computed);
        var h = nn.functional.gelu(conv.forward(norm.forward(x, active), computed));
        if (training && dropout > 0) h = nn.functional.dropout(h, dropout, training);
        // m_W ⊙ h goes into the linear as a scale of its weight's columns (dropout commutes with it).
        h = nn.functional.gelu(linear.forward(h, computed, values));
        var mask = values is null ? null : Channels.Broadcastable(values, x.dim());
        var scale = (mask, depth) switch
        {
            (null, null) => null,
            (null, _) => depth,
            (_, null) => mask,
            _ => mask * depth,
        };
        var channels = Math.Max(x.shape[1], computed);
        var stream = Channels.PadTo(x, channels);
        // addcmul adds the scaled branch in one pass over the stream; a narrower branch is scaled, then padded.
        var y = scale is null ? stream + Channels.PadTo(h, channels)
            : computed == channels ? addcmul(stream, h, scale, 1)
            : stream + Channels.PadTo(h * scale, channels);
        return (y.MoveToOuterDisposeScope(), Math.Max(active, width.Active));
    }

    /// <summary>Adds the block's costs scaled by <paramref name="gate"/>; returns the stream after it.</summary>
    public (Tensor Channels, Tensor[] Spatial) Costs(CostSheet sheet, Tensor gate, Tensor channels, IReadOnlyList<Tensor> spatial)
    {
        var name = $"block{Index}";
        var resampled = Resampled(sheet.Mode, spatial);
        var positions = CostSheet.Product(resampled);
        if (resampler is not null)
            sheet.Resample($"{name}.resample", Index, gate * Resamples(sheet.Mode, spatial, resampled), channels,
                resampler.Macs(spatial, resampled), positions);
        var own = width.Size(sheet.Mode);
        sheet.Norm($"{name}.norm", Index, gate, channels, positions);
        conv.Costs(sheet, $"{name}.conv", Index, gate, channels, own, resampled);
        sheet.Dense($"{name}.linear", Index, gate, own, own, positions);
        var stream = channels + gate * (own - channels).clamp_min(0);
        return (stream, spatial.Zip(resampled, (before, after) => before + gate * (after - before)).ToArray());
    }

    /// <summary>
    /// Exact counts of the realised network: 1 when the resampler drops a sample, 0 when it keeps them all (the
    /// architecture then has no resampling there, as the fixed network rebuilt from the record has none). The supernet
    /// and the estimate always pay for it, since a learnable resampler masks the spectrum at full size too; so a
    /// realised network never costs more than its supernet, and dropping the first sample is no step up the budget.
    /// </summary>
    static Tensor Resamples(CostMode mode, IReadOnlyList<Tensor> spatial, IReadOnlyList<Tensor> resampled) =>
        mode != CostMode.Realised
            ? CostSheet.One
            : stack(spatial.Zip(resampled, (before, after) => before - after)).max().clamp(0, 1);

    Tensor[] Resampled(CostMode mode, IReadOnlyList<Tensor> spatial)
    {
        if (resampler is null || mode == CostMode.Supernet) return spatial.ToArray();
        if (mode == CostMode.Estimate) return resampler.ContinuousOutputSize(spatial);
        var size = spatial.Select(n => (int)Math.Round(n.item<double>())).ToArray();
        return OutputSize(size).Select(n => tensor((double)n)).ToArray();
    }
}
