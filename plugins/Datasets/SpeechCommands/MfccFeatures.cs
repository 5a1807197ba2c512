using NWaves.FeatureExtractors;
using NWaves.FeatureExtractors.Options;

namespace DNArch.Plugins.Datasets.SpeechCommands;

/// <summary>
/// NWaves' MFCC of a clip, frames of 400 samples every 160 (the usual 0.025 s window and 0.010 s hop at 16 kHz),
/// laid out <c>[coefficients, frames]</c>. An extractor keeps buffers, so each thread uses its own.
/// </summary>
public sealed class MfccFeatures(int coefficients)
{
    readonly MfccExtractor extractor = new(new MfccOptions
    {
        SamplingRate = WaveClips.SampleRate,
        FeatureCount = coefficients,
        FrameDuration = 0.025,
        HopDuration = 0.010,
    });

    public float[] Compute(float[] clip)
    {
        var frames = extractor.ComputeFrom(clip);
        var features = new float[coefficients * frames.Count];
        for (var t = 0; t < frames.Count; t++)
        {
            for (var c = 0; c < coefficients; c++)
                features[c * frames.Count + t] = frames[t][c];
        }
        return features;
    }
}
