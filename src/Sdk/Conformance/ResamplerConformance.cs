using DNArch.Abstractions.Resampling;
using Microsoft.Extensions.Configuration;
using TorchSharp;
using static TorchSharp.torch;

namespace DNArch.Plugins.Sdk.Conformance;

/// <summary>The checks a resampler plugin passes, on a sequence of 64 samples and a 16×16 image.</summary>
public sealed class ResamplerConformance(IResamplerPlugin plugin, IConfigurationSection options) : ModuleConformance
{
    const int Batch = 2, Channels = 3;
    static readonly int[][] Sizes = [[64], [16, 16]];

    static Tensor Input(int[] size) => randn([Batch, Channels, .. size.Select(s => (long)s)]);

    static Tensor[] Continuous(IEnumerable<int> size) => size.Select(s => tensor((double)s, dtype: float64)).ToArray();

    /// <summary>
    /// <c>forward</c> returns <c>[B, C, *OutputSize(input)]</c>, never larger than the input; one continuous size per
    /// dimension, near the realised one (within 2 samples or 10% of the input); <c>Restore</c> returns the input's size; <c>Macs</c> a scalar.
    /// </summary>
    public override void ShapeContract()
    {
        using var scope = NewDisposeScope();
        foreach (var size in Sizes)
        {
            using var resampler = plugin.Create(new ResamplerSpec(size), options);
            var x = Input(size);
            var output = resampler.OutputSize(size);
            var call = $"forward(x {Expect.Format(x.shape)})";
            Expect.That(output.Length == size.Length && output.Zip(size).All(p => p.First >= 1 && p.First <= p.Second),
                $"OutputSize([{string.Join(", ", size)}]) is [{string.Join(", ", output)}]; expected one size per dimension, each from 1 to the input's");
            var y = resampler.forward(x);
            Expect.Shape(y, [Batch, Channels, .. output.Select(o => (long)o)], call);
            Expect.Finite(y, call);
            var continuous = resampler.ContinuousOutputSize(Continuous(size));
            Expect.That(continuous.Length == size.Length && continuous.All(c => c.numel() == 1),
                $"ContinuousOutputSize returned {continuous.Length} values; expected one scalar per dimension ({size.Length})");
            for (var d = 0; d < size.Length; d++)
                Expect.That(Math.Abs(continuous[d].ToDouble() - output[d]) <= Math.Max(2, 0.1 * size[d]),
                    $"ContinuousOutputSize is {continuous[d].ToDouble():G4} along dimension {d}, far from the realised {output[d]} (a budget would steer a size the network does not have)");
            Expect.Shape(resampler.Restore(y, size), [Batch, Channels, .. size.Select(s => (long)s)], $"Restore(forward(x), [{string.Join(", ", size)}])");
            var macs = resampler.Macs(Continuous(size), Continuous(output));
            Expect.That(macs.numel() == 1 && double.IsFinite(macs.ToDouble()) && macs.ToDouble() >= 0,
                "Macs(input, output) must be one finite, non-negative scalar");
        }
    }

    /// <summary>A loss on the output and the continuous sizes gives every parameter a gradient.</summary>
    public override void GradientsReachEveryParameter()
    {
        using var scope = NewDisposeScope();
        var size = Sizes[0];
        using var resampler = plugin.Create(new ResamplerSpec(size), options);
        var loss = resampler.forward(Input(size)).square().mean();
        foreach (var s in resampler.ContinuousOutputSize(Continuous(size))) loss = loss + s.to(float32);
        loss.backward();
        ModuleChecks.EveryParameterHasAGradient(resampler, "resampler");
    }

    /// <summary>
    /// Downsampling to the cropped size loses nothing a lower resolution can hold: a constant signal comes out the
    /// same constant, and <c>Restore</c> brings it back at full size.
    /// </summary>
    public override void CroppingMatchesTheFullComputation()
    {
        using var scope = NewDisposeScope();
        using var _ = no_grad();
        foreach (var size in Sizes)
        {
            using var resampler = plugin.Create(new ResamplerSpec(size), options);
            var constant = full([Batch, Channels, .. size.Select(s => (long)s)], 0.75f);
            var y = resampler.forward(constant);
            Expect.Close(y, full_like(y, 0.75f), $"a constant input of size [{string.Join(", ", size)}] resampled is not the same constant");
            Expect.Close(resampler.Restore(y, size), constant, "a constant restored to full size is not the same constant");
        }
    }

    /// <summary>An unknown key in the section is refused, naming the key.</summary>
    public override void OptionsValidated() => ModuleChecks.OptionsAreValidated(options, section =>
    {
        using var resampler = plugin.Create(new ResamplerSpec(Sizes[0]), section);
    });

    /// <summary>Saved and loaded into a fresh resampler, the output is the same.</summary>
    public override void SaveLoadRoundTrip()
    {
        var size = Sizes[0];
        var x = Input(size);
        ModuleChecks.SaveLoadRoundTrip(() => plugin.Create(new ResamplerSpec(size), options), r => r.forward(x));
    }
}
