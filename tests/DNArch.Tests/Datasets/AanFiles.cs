using System.Text;

namespace DNArch.Tests.Datasets;

/// <summary>Tiny files in the format of LRA Retrieval's AAN pairs.</summary>
public static class AanFiles
{
    /// <summary>LRA's three AAN files with <paramref name="count"/> pairs each; pair i cites (label 1) when i is even.</summary>
    public static void Write(string folder, int count)
    {
        foreach (var part in new[] { "train", "eval", "test" })
        {
            var lines = Enumerable.Range(0, count).Select(i =>
                $"{(i % 2 == 0 ? "1.0" : "0")}\tP{i}\tQ{i}\t{(i % 2 == 0 ? "we cite" : "unrelated")} paper {part} {i}\tcited é {i}");
            File.WriteAllLines(Path.Combine(folder, $"new_aan_pairs.{part}.tsv"), lines);
        }
    }

    /// <summary>
    /// Pairs that only a comparison of both texts labels: each text is <paramref name="length"/> letters, half of them
    /// from its topic's 8 letters (topic t: 'a' + 8t onwards) and half from all 26; label 1 when the two texts share
    /// their topic (every other pair), from <paramref name="topics"/> topics (at most 3). Deterministic by seed.
    /// </summary>
    public static void WriteTopics(string folder, int count, int length, int topics, int seed)
    {
        var random = new Random(seed);
        foreach (var part in new[] { "train", "eval", "test" })
        {
            var lines = new List<string>();
            for (var i = 0; i < count; i++)
            {
                var first = random.Next(topics);
                var second = i % 2 == 0 ? first : (first + 1 + random.Next(topics - 1)) % topics;
                lines.Add($"{(i % 2 == 0 ? 1 : 0)}\tP{i}\tQ{i}\t{Text(random, first, length)}\t{Text(random, second, length)}");
            }
            File.WriteAllLines(Path.Combine(folder, $"new_aan_pairs.{part}.tsv"), lines);
        }
    }

    static string Text(Random random, int topic, int length)
    {
        var text = new StringBuilder(length);
        for (var i = 0; i < length; i++)
            text.Append((char)('a' + (random.Next(2) == 0 ? 8 * topic + random.Next(8) : random.Next(26))));
        return text.ToString();
    }
}
