namespace DNArch.Plugins.Datasets.SpeechCommands;

/// <summary>What the network sees of a clip.</summary>
public enum SpeechFeatures
{
    /// <summary>The waveform: one channel of 16,000 samples.</summary>
    Raw,

    /// <summary>Mel-frequency cepstral coefficients: one channel per coefficient, one step per 10 ms frame.</summary>
    Mfcc,
}
