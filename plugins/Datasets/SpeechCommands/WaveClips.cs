using DNArch.Abstractions.Configuration;
using NWaves.Audio;

namespace DNArch.Plugins.Datasets.SpeechCommands;

/// <summary>One-second 16 kHz clips decoded by NWaves, with errors that name the file.</summary>
public static class WaveClips
{
    public const int SampleRate = 16_000;
    public const int Length = 16_000;
    const string Expected = "a 16 kHz mono PCM WAV clip";

    /// <summary>The first channel of the clip at <paramref name="path"/>, in [-1, 1], cut or zero-padded to <see cref="Length"/> samples.</summary>
    public static float[] Read(string path)
    {
        WaveFile wave;
        try
        {
            using var stream = File.OpenRead(path);
            wave = new WaveFile(stream);
        }
        // What NWaves throws on a file that is not a PCM WAV, besides the file system's own errors.
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or ArgumentException
                                      or NotSupportedException or IndexOutOfRangeException or InvalidOperationException)
        {
            throw InvalidInputException.ForFile(path, $"cannot be decoded ({e.Message})", Expected);
        }
        if (wave.WaveFmt.SamplingRate != SampleRate)
            throw InvalidInputException.ForFile(path, $"is sampled at {wave.WaveFmt.SamplingRate} Hz", Expected);
        var samples = wave.Signals[0].Samples;
        var clip = new float[Length];
        samples.AsSpan(0, Math.Min(samples.Length, Length)).CopyTo(clip);
        return clip;
    }
}
