using System.ComponentModel.DataAnnotations;
using DNArch.Abstractions.Plugins;
using DNArch.Abstractions.Resampling;
using DNArch.Plugins.Sdk.Configuration;
using Microsoft.Extensions.Configuration;
using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace MyLab.Plugins;

/// <summary>Options of the <c>pool</c> resampler under <c>Search:Resampling</c>.</summary>
public sealed class PoolResamplerOptions : PluginOptions
{
    /// <summary>The fraction of the input size each block starts by keeping.</summary>
    [Range(0.05, 1.0)]
    public double InitialFraction { get; set; } = 0.75;

    /// <summary>No dimension is pooled below this many samples.</summary>
    [Range(1, 1024)]
    public int MinimumSize { get; set; } = 2;
}

/// <summary>
/// Average pooling to a learnable fraction f of the input size, <c>round(f·n)</c> samples per dimension, and linear
/// interpolation back up for <c>Restore</c>. The pooled output does not depend on f continuously, so f learns from
/// the budget only, through the continuous size f·n; the built-in <c>fourier</c> resampler's low-pass mask also
/// lets the task loss pull it back.
/// </summary>
public sealed class PoolResampler : Resampler
{
    readonly int minimum;

    public PoolResampler(ResamplerSpec spec, PoolResamplerOptions options) : base(nameof(PoolResampler), spec)
    {
        minimum = options.MinimumSize;
        Fraction = new Parameter(tensor((float)options.InitialFraction));
        register_parameter("fraction", Fraction);
    }

    public Parameter Fraction { get; }

    public override int[] OutputSize(IReadOnlyList<int> inputSize)
    {
        if (Spec.FixedOutputSize is { } fixedSize) return [.. fixedSize];
        var fraction = Math.Clamp(Fraction.ToDouble(), 0, 1);
        return inputSize.Select(n => Math.Clamp((int)Math.Round(fraction * n), Math.Min(minimum, n), n)).ToArray();
    }

    public override Tensor[] ContinuousOutputSize(IReadOnlyList<Tensor> inputSize) =>
        inputSize.Select(n => Fraction.to(float64) * n).ToArray();

    public override Tensor forward(Tensor x)
    {
        var size = OutputSize(x.shape.Skip(2).Select(s => (int)s).ToArray()).Select(s => (long)s).ToArray();
        return size.Length == 1 ? nn.functional.adaptive_avg_pool1d(x, size[0]) : nn.functional.adaptive_avg_pool2d(x, size);
    }

    public override Tensor Restore(Tensor x, IReadOnlyList<int> size)
    {
        var mode = size.Count == 1 ? InterpolationMode.Linear : InterpolationMode.Bilinear;
        return nn.functional.interpolate(x, size.Select(s => (long)s).ToArray(), mode: mode, align_corners: false);
    }

    // Pooling adds every input sample once.
    public override Tensor Macs(IReadOnlyList<Tensor> input, IReadOnlyList<Tensor> output) =>
        input.Aggregate((product, n) => product * n);
}

[Plugin(PluginKind.Resampler, "pool", "Average pooling to a learnable fraction of the input (dnarch-plugin template example)")]
public sealed class PoolResamplerPlugin : IResamplerPlugin
{
    public Resampler Create(ResamplerSpec spec, IConfiguration options) =>
        new PoolResampler(spec, PluginOptions.Bind<PoolResamplerOptions>(options));
}
