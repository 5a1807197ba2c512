using DNArch.Abstractions.Kernels;
using static TorchSharp.torch;

namespace DNArch.Plugins.Sdk.Kernels;

/// <summary>
/// A kernel generator made of a feature network over the coordinates, <c>[P, D] → [P, Hidden]</c>, followed by a
/// <see cref="SlicedOutputLayer"/> <c>Hidden → OutputChannels</c>.
/// </summary>
public abstract class KernelNetwork : KernelGenerator
{
    /// <summary>Builds the output layer for <paramref name="spec"/>; the subclass builds the feature network.</summary>
    protected KernelNetwork(string name, KernelSpec spec, KernelGeneratorOptions options) : base(name, Validated(spec))
    {
        ArgumentNullException.ThrowIfNull(options);
        Hidden = options.Hidden;
        Output = new SlicedOutputLayer(Hidden, spec.OutputChannels, spec.OutputScale);
        register_module("output", Output);
    }

    /// <summary>Features per position that the output layer reads.</summary>
    public int Hidden { get; }

    /// <summary>The last layer, <c>Hidden → OutputChannels</c>, sliced to the channels a conv keeps.</summary>
    public SlicedOutputLayer Output { get; }

    /// <inheritdoc/>
    public override long MacsPerPosition => FeatureMacs + (long)Hidden * Spec.OutputChannels;

    /// <summary>Multiply-accumulates of <see cref="Features"/> for one position.</summary>
    protected abstract long FeatureMacs { get; }

    /// <summary>The features <c>[P, Hidden]</c> of the positions <c>[P, D]</c>.</summary>
    protected abstract Tensor Features(Tensor coordinates);

    /// <inheritdoc/>
    public override Tensor forward(Tensor coordinates, int channels)
    {
        ArgumentNullException.ThrowIfNull(coordinates);
        if (coordinates.dim() != 2 || coordinates.shape[1] != Spec.Dimensions)
            throw new ArgumentException(
                $"Expected coordinates [P, {Spec.Dimensions}], got [{string.Join(", ", coordinates.shape)}].", nameof(coordinates));
        using var scope = NewDisposeScope();
        return Output.forward(Features(coordinates), channels).MoveToOuterDisposeScope();
    }

    static KernelSpec Validated(KernelSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentOutOfRangeException.ThrowIfLessThan(spec.Dimensions, 1, nameof(spec));
        ArgumentOutOfRangeException.ThrowIfLessThan(spec.OutputChannels, 1, nameof(spec));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(spec.OutputScale, nameof(spec));
        return spec;
    }
}
