using System.Globalization;
using static TorchSharp.torch;

namespace DNArch.Engine.Search;

/// <summary>
/// The figure of binary segmentation (deepCR's, NAS-Bench-360's cosmic task): the false-negative rate of per-position
/// scores at the threshold that flags a given fraction of the negative positions. Collects the scores of a whole
/// split, since the threshold depends on all of them (4 bytes a position).
/// </summary>
public sealed class DetectionScores
{
    /// <summary>The false-positive rates <see cref="Figures"/> reports at: 1% and deepCR's 0.1%.</summary>
    public static readonly IReadOnlyList<double> FalsePositiveRates = [0.01, 0.001];

    readonly List<float> negatives = [];
    readonly List<float> positives = [];
    bool sorted;

    /// <summary>Adds the scores of positions whose <paramref name="mask"/> is 1 (positive) or 0 (negative).</summary>
    public void Add(ReadOnlySpan<float> scores, ReadOnlySpan<float> mask)
    {
        if (scores.Length != mask.Length)
            throw new ArgumentException($"{scores.Length} scores for {mask.Length} mask positions.", nameof(mask));
        for (var p = 0; p < scores.Length; p++)
            (mask[p] > 0.5f ? positives : negatives).Add(scores[p]);
        sorted = false;
    }

    /// <summary>Adds a batch of outputs (logits or any score rising with the positive class) and its 0/1 targets.</summary>
    public void Add(Tensor scores, Tensor mask)
    {
        ArgumentNullException.ThrowIfNull(scores);
        ArgumentNullException.ThrowIfNull(mask);
        using var s = scores.detach().to(float32).cpu().contiguous();
        using var m = mask.to(float32).cpu().contiguous();
        Add(s.data<float>().ToArray(), m.data<float>().ToArray());
    }

    /// <summary>
    /// Fraction of the positives whose score does not exceed the threshold above which at most
    /// <paramref name="falsePositiveRate"/> of the negatives score; 0 without positives.
    /// </summary>
    public double FalseNegativeRate(double falsePositiveRate)
    {
        if (positives.Count == 0)
            return 0;
        if (!sorted)
        {
            negatives.Sort();
            sorted = true;
        }
        var allowed = (int)Math.Floor(falsePositiveRate * negatives.Count);
        var threshold = allowed >= negatives.Count ? float.NegativeInfinity : negatives[negatives.Count - 1 - allowed];
        return positives.Count(s => s <= threshold) / (double)positives.Count;
    }

    /// <summary>The false-negative rate at each of <see cref="FalsePositiveRates"/>, named e.g. <c>testFnrAtFpr0.001</c>.</summary>
    public IReadOnlyDictionary<string, double> Figures(string split) =>
        FalsePositiveRates.ToDictionary(rate => FigureName(split, rate), FalseNegativeRate);

    /// <summary>The name of the false-negative rate at <paramref name="falsePositiveRate"/> on <paramref name="split"/> in files.</summary>
    public static string FigureName(string split, double falsePositiveRate) =>
        split + "FnrAtFpr" + falsePositiveRate.ToString(CultureInfo.InvariantCulture);
}
