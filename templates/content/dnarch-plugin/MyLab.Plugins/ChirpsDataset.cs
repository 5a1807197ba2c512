using System.ComponentModel.DataAnnotations;
using DNArch.Abstractions.Datasets;
using DNArch.Abstractions.Plugins;
using DNArch.Plugins.Sdk.Configuration;
using Microsoft.Extensions.Configuration;
using static TorchSharp.torch;

namespace MyLab.Plugins;

/// <summary>Options of the <c>chirps</c> data set under <c>Search:Dataset</c>.</summary>
public sealed class ChirpsOptions : PluginOptions
{
    [Range(16, 65536)]
    public int Length { get; set; } = 128;

    [Range(1, 1_000_000)]
    public int TrainCount { get; set; } = 1000;

    [Range(1, 1_000_000)]
    public int ValidationCount { get; set; } = 200;

    [Range(1, 1_000_000)]
    public int TestCount { get; set; } = 200;

    /// <summary>Standard deviation of the white noise added to every sample.</summary>
    [Range(0.0, 10.0)]
    public double Noise { get; set; } = 0.2;
}

/// <summary>
/// Generated 1-D chirps in four classes: the frequency rises or falls (class bit 0), slowly or fast (bit 1), from a
/// random start, with a random phase and white noise. The examples depend only on the seed.
/// </summary>
public sealed class ChirpsDataset : IDataset
{
    const int Classes = 4;
    readonly float[][] signals;
    readonly long[] labels;
    readonly int[] offsets;

    public ChirpsDataset(ChirpsOptions options, int seed)
    {
        var random = new Random(seed);
        var total = options.TrainCount + options.ValidationCount + options.TestCount;
        labels = new long[total];
        signals = new float[total][];
        for (var i = 0; i < total; i++)
        {
            labels[i] = random.Next(Classes);
            signals[i] = Chirp(options, (int)labels[i], random);
        }
        offsets = [0, options.TrainCount, options.TrainCount + options.ValidationCount, total];
        Info = new DatasetInfo("chirps", TaskKind.Classification, 1, [options.Length], Classes);
    }

    public DatasetInfo Info { get; }

    public int Count(DataSplit split) => offsets[(int)split + 1] - offsets[(int)split];

    public (Tensor Inputs, Tensor Targets) Batch(DataSplit split, ReadOnlySpan<int> indices)
    {
        var length = Info.Shape[0];
        var inputs = new float[indices.Length * length];
        var targets = new long[indices.Length];
        for (var i = 0; i < indices.Length; i++)
        {
            var example = offsets[(int)split] + indices[i];
            signals[example].CopyTo(inputs, i * length);
            targets[i] = labels[example];
        }
        return (tensor(inputs).reshape(indices.Length, 1, length), tensor(targets));
    }

    static float[] Chirp(ChirpsOptions options, int label, Random random)
    {
        var (rising, fast) = ((label & 1) == 0, (label & 2) != 0);
        var start = 2 + 4 * random.NextDouble();          // cycles per sequence at the start
        var sweep = (fast ? 12 : 4) * (rising ? 1 : -1);  // change of cycles per sequence over it
        var phase = 2 * Math.PI * random.NextDouble();
        var signal = new float[options.Length];
        for (var t = 0; t < signal.Length; t++)
        {
            var x = (double)t / signal.Length;
            var cycles = start * x + (rising ? 0 : 16 * x) + sweep * x * x / 2;
            var noise = options.Noise * Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
            signal[t] = (float)(Math.Sin(2 * Math.PI * cycles + phase) + noise);
        }
        return signal;
    }
}

[Plugin(PluginKind.Dataset, "chirps", "Generated 1-D chirps: classify sweep direction and speed (dnarch-plugin template example)")]
public sealed class ChirpsDatasetPlugin : IDatasetPlugin
{
    public IDataset Open(IConfiguration options, int seed) => new ChirpsDataset(PluginOptions.Bind<ChirpsOptions>(options), seed);
}
