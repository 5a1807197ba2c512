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
}
