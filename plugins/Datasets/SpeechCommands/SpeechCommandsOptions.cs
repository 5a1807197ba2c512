using System.ComponentModel.DataAnnotations;
using DNArch.Plugins.Datasets.Common;

namespace DNArch.Plugins.Datasets.SpeechCommands;

/// <summary>
/// Options of the <c>speech-commands</c> data set. <see cref="Path"/> is the extracted Speech Commands folder: one
/// folder of 16 kHz one-second WAVs per word, <c>validation_list.txt</c> and <c>testing_list.txt</c>.
/// </summary>
public sealed class SpeechCommandsOptions : DatasetOptions
{
    /// <summary>Folder of the unpacked Speech Commands data set.</summary>
    public string? Path { get; set; }

    /// <summary>All 35 words, or the ten of SC10.</summary>
    public SpeechCommandsVariant Variant { get; set; } = SpeechCommandsVariant.Full;

    /// <summary>Raw 16 kHz waveforms or MFCC frames.</summary>
    public SpeechFeatures Features { get; set; } = SpeechFeatures.Raw;

    /// <summary>MFCC only: coefficients per frame (frames of 400 samples every 160).</summary>
    [Range(2, 64)]
    public int MfccCoefficients { get; set; } = 20;
}
