namespace DNArch.Plugins.Datasets.Cosmic;

/// <summary>
/// The task's figure (deepCR, NAS-Bench-360): the false-negative rate of a per-pixel hit score at the threshold that
/// flags a given fraction of the clean pixels.
/// </summary>
public static class CosmicMetric
{
    /// <summary>
    /// Fraction of hit pixels (<paramref name="mask"/> 1) whose score does not exceed the threshold above which at most
    /// <paramref name="falsePositiveRate"/> of the clean pixels score.
    /// </summary>
    public static double FalseNegativeRate(ReadOnlySpan<float> scores, ReadOnlySpan<float> mask, double falsePositiveRate)
    {
        if (scores.Length != mask.Length)
            throw new ArgumentException($"{scores.Length} scores for {mask.Length} mask pixels.", nameof(mask));
        var clean = new List<float>();
        var hits = new List<float>();
        for (var p = 0; p < scores.Length; p++)
            (mask[p] > 0.5f ? hits : clean).Add(scores[p]);
        if (hits.Count == 0)
            return 0;
        clean.Sort();
        var allowed = (int)Math.Floor(falsePositiveRate * clean.Count);
        var threshold = allowed >= clean.Count ? float.NegativeInfinity : clean[clean.Count - 1 - allowed];
        return hits.Count(s => s <= threshold) / (double)hits.Count;
    }
}
