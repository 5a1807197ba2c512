using DNArch.Abstractions.Configuration;
using DNArch.Abstractions.Datasets;
using DNArch.Abstractions.Plugins;
using DNArch.Plugins.Datasets.Common;
using Microsoft.Extensions.Configuration;

namespace DNArch.Plugins.Datasets.Waves;

/// <summary>
/// The embedded default task, a 1-D sequence classification generated in milliseconds. Example of class c:
/// a slow sine of c + 1 cycles per sequence (random phase, amplitude 0.5..1.5) plus a fast distractor sine of
/// 16..Length/4 cycles (random phase, amplitude 0.5..1.5) plus white noise. Only the slow part tells the class, so
/// a network that low-passes and downsamples early, with short kernels on the coarse signal, loses nothing: the
/// search has room to shrink resolution and kernel size.
/// </summary>
[Plugin(PluginKind.Dataset, "waves", "Embedded default: classify the slow frequency of a noisy 1-D signal (generated, no files)", Options = typeof(WavesOptions))]
public sealed class WavesDatasetPlugin : IDatasetPlugin
{
    public IDataset Open(IConfiguration options, int seed)
    {
        var bound = PluginOptions.Bind<WavesOptions>(options);
        var dataSeed = bound.SeedOr(seed);
        var count = bound.TotalCount;
        var values = new float[count * bound.Length];
        var labels = new int[count];
        Parallel.For(0, count, i => labels[i] = Draw(bound, Seeds.Random(dataSeed, "waves", i), values.AsSpan(i * bound.Length, bound.Length)));
        var info = new DatasetInfo("waves", TaskKind.Classification, 1, [bound.Length], bound.Classes);
        var splits = DatasetSplits.Consecutive(bound.TrainCount, bound.ValidationCount, bound.TestCount, bound.Limit);
        return new SplitDataset(info, new FloatTable(values, 1, bound.Length), new ClassTargets(labels), splits);
    }

    static int Draw(WavesOptions options, Random random, Span<float> signal)
    {
        var label = random.Next(options.Classes);
        var slow = (Cycles: label + 1.0, Phase: random.NextDouble() * 2 * Math.PI, Amplitude: 0.5 + random.NextDouble());
        var fast = (Cycles: (double)random.Next(16, options.Length / 4 + 1), Phase: random.NextDouble() * 2 * Math.PI, Amplitude: 0.5 + random.NextDouble());
        for (var t = 0; t < signal.Length; t++)
        {
            var x = 2 * Math.PI * t / signal.Length;
            signal[t] = (float)(slow.Amplitude * Math.Sin(slow.Cycles * x + slow.Phase)
                + fast.Amplitude * Math.Sin(fast.Cycles * x + fast.Phase)
                + options.Noise * random.NextGaussian());
        }
        return label;
    }
}
