using DNArch.Abstractions.Masks;
using DNArch.Plugins.Sdk.Layout;
using TorchSharp;
using static TorchSharp.torch;

namespace DNArch.Engine.Network;

/// <summary>
/// The stem: full continuous-kernel conv from the input channels → norm → GELU, its output channels learned by a
/// width mask (they start the residual stream).
/// </summary>
sealed class Stem : nn.Module
{
    readonly FullCKConv conv;
    readonly ChannelNorm norm;
    readonly OrdinalGate width;
    readonly CropSwitch crop;

    public Stem(FullCKConv conv, ChannelNorm norm, OrdinalGate width, CropSwitch crop) : base(nameof(Stem))
    {
        this.conv = conv;
        this.norm = norm;
        this.width = width;
        this.crop = crop;
        register_module("conv", conv);
        register_module("norm", norm);
        if (width.Mask is { } mask) register_module("width_mask", mask);
    }

    public FullCKConv Conv => conv;

    public ChannelNorm Norm => norm;

    public OrdinalGate Width => width;

    public IEnumerable<Mask> Masks => conv.Masks.Concat(width.Mask is { } m ? [m] : []);

    /// <summary>The stream <c>[B, channels, *n]</c> and how many of its channels are active.</summary>
    public (Tensor Stream, int Active) forward(Tensor x)
    {
        using var scope = NewDisposeScope();
        var computed = width.Computed(crop);
        var h = nn.functional.gelu(norm.forward(conv.forward(x, computed), width.Active));
        if (width.Values(computed) is { } mask) h = h * Channels.Broadcastable(mask, h.dim());
        // Images flow channels-last through the blocks (see ChannelsLast); sequences stay as they are.
        return (ChannelsLast.From(h).MoveToOuterDisposeScope(), width.Active);
    }

    /// <summary>Adds the stem's costs; returns the stream's channels.</summary>
    public Tensor Costs(CostSheet sheet, Tensor inputChannels, IReadOnlyList<Tensor> spatial)
    {
        var channels = width.Size(sheet.Mode);
        conv.Costs(sheet, "stem.conv", -1, CostSheet.One, inputChannels, channels, spatial);
        sheet.Norm("stem.norm", -1, CostSheet.One, channels, CostSheet.Product(spatial));
        return channels;
    }
}
