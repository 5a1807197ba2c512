using NWaves.Audio;
using NWaves.Signals;

namespace DNArch.Tests.Datasets;

/// <summary>
/// A Speech Commands folder of generated one-second clips: class k of the variant's words is a tone of 300·(k+1) Hz
/// with a random phase and amplitude and a little noise; of every five clips of a word one validates and one tests.
/// </summary>
public static class SpeechFolder
{
    public static void Write(string root, IReadOnlyList<string> words, int clipsPerWord, int sampleRate = 16_000)
    {
        ArgumentNullException.ThrowIfNull(words);
        var random = new Random(1);
        var validation = new List<string>();
        var test = new List<string>();
        for (var k = 0; k < words.Count; k++)
        {
            Directory.CreateDirectory(Path.Combine(root, words[k]));
            for (var i = 0; i < clipsPerWord; i++)
            {
                var name = $"{words[k]}/clip{i:D3}.wav";
                var (phase, amplitude) = (random.NextDouble() * 2 * Math.PI, 0.2 + 0.5 * random.NextDouble());
                var samples = Enumerable.Range(0, sampleRate)
                    .Select(t => (float)(amplitude * Math.Sin(2 * Math.PI * 300 * (k + 1) * t / sampleRate + phase) + 0.02 * (random.NextDouble() - 0.5)))
                    .ToArray();
                using (var file = File.Create(Path.Combine(root, name)))
                    new WaveFile(new DiscreteSignal(sampleRate, samples), 16).SaveTo(file);
                (i % 5 == 0 ? validation : i % 5 == 1 ? test : []).Add(name);
            }
        }
        File.WriteAllLines(Path.Combine(root, "validation_list.txt"), validation);
        File.WriteAllLines(Path.Combine(root, "testing_list.txt"), test);
    }
}
