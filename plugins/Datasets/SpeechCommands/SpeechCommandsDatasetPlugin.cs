using DNArch.Abstractions.Configuration;
using DNArch.Abstractions.Datasets;
using DNArch.Abstractions.Plugins;
using DNArch.Plugins.Datasets.Common;
using Microsoft.Extensions.Configuration;

namespace DNArch.Plugins.Datasets.SpeechCommands;

/// <summary>
/// Speech Commands v0.02 (Warden 2018), as S4 and CCNN use it: the 35-word task or SC10, raw 16,000-step waveforms
/// (non-causal) or MFCC sequences; splits from the folder's list files. Clips are decoded in parallel when opened.
/// </summary>
[Plugin(PluginKind.Dataset, "speech-commands", "Speech Commands (35 words or SC10) from its folder: raw 16 kHz waveforms or MFCC", Options = typeof(SpeechCommandsOptions))]
public sealed class SpeechCommandsDatasetPlugin : IDatasetPlugin
{
    public IDataset Open(IConfiguration options, int seed)
    {
        var bound = PluginOptions.Bind<SpeechCommandsOptions>(options);
        var folder = DataFiles.RequireFolder(bound.Path, DataFiles.KeyOf(options, "Path"), SpeechCommandsFolder.Layout);
        var clips = SpeechCommandsFolder.Read(folder, bound.Variant);
        var name = bound.Variant == SpeechCommandsVariant.Sc10 ? "sc10" : "speech-commands";
        var classes = SpeechCommandsFolder.Words(bound.Variant).Count;
        var (table, length) = bound.Features == SpeechFeatures.Raw ? Waveforms(clips.Files) : Mfcc(clips.Files, bound.MfccCoefficients);
        var info = new DatasetInfo(bound.Features == SpeechFeatures.Raw ? name : $"{name}-mfcc", TaskKind.Classification, table.Channels, [length], classes);
        return new SplitDataset(info, table, new ClassTargets(clips.Labels), DatasetSplits.Assigned(clips.Splits, bound.Limit, seed));
    }

    static (ExampleTable Table, int Length) Waveforms(IReadOnlyList<string> files)
    {
        var rows = new short[files.Count][];
        Parallel.For(0, files.Count, i => rows[i] = WaveClips.Read(files[i]).Select(v => (short)Math.Clamp(Math.Round(v * 32768), short.MinValue, short.MaxValue)).ToArray());
        return (new ShortTable(rows, 1, WaveClips.Length), WaveClips.Length);
    }

    static (ExampleTable Table, int Length) Mfcc(IReadOnlyList<string> files, int coefficients)
    {
        var rowLength = new MfccFeatures(coefficients).Compute(new float[WaveClips.Length]).Length;
        var values = new float[(long)files.Count * rowLength];
        Parallel.For(0, files.Count, () => new MfccFeatures(coefficients), (i, _, features) =>
        {
            features.Compute(WaveClips.Read(files[i])).CopyTo(values, (long)i * rowLength);
            return features;
        }, _ => { });
        return (new FloatTable(values, coefficients, rowLength / coefficients), rowLength / coefficients);
    }
}
