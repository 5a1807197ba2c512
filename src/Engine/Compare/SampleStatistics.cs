using MathNet.Numerics.Distributions;

namespace DNArch.Engine.Compare;

/// <summary>
/// Mean, sample standard deviation and the half-width of the 95 % confidence interval of the mean (Student's t with
/// n − 1 degrees of freedom: with a handful of seeds the normal quantile 1.96 would claim too narrow an interval).
/// Standard deviation and interval need two or more values.
/// </summary>
public sealed record SampleStatistics(int Count, double Mean, double? StandardDeviation, double? HalfWidth95)
{
    public static SampleStatistics Of(IEnumerable<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var list = values.ToList();
        if (list.Count == 0) return new SampleStatistics(0, double.NaN, null, null);
        var mean = list.Average();
        if (list.Count < 2) return new SampleStatistics(list.Count, mean, null, null);
        var sd = Math.Sqrt(list.Sum(v => (v - mean) * (v - mean)) / (list.Count - 1));
        var t = StudentT.InvCDF(0, 1, list.Count - 1, 0.975);
        return new SampleStatistics(list.Count, mean, sd, t * sd / Math.Sqrt(list.Count));
    }
}
