namespace DNArch.Plugins.Datasets.SpeechCommands;

/// <summary>What the network sees of a clip.</summary>
public enum SpeechFeatures
{
    /// <summary>The waveform: one channel of 16,000 samples.</summary>
    Raw,

    /// <summary>Mel-frequency cepstral coefficients: one channel per coefficient, one step per frame (a hop of 160 samples).</summary>
    Mfcc,
}
