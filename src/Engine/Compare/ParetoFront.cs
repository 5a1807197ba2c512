namespace DNArch.Engine.Compare;

/// <summary>The points no other point beats on both cost (lower is better) and figure: the best trade-offs.</summary>
public static class ParetoFront
{
    /// <summary>Indices of the front, cheapest first; a point is on it when every cheaper or equally cheap point has a worse figure.</summary>
    public static IReadOnlyList<int> Of(IReadOnlyList<(double Cost, double Figure)> points, bool higherIsBetter)
    {
        ArgumentNullException.ThrowIfNull(points);
        var sign = higherIsBetter ? 1 : -1;
        var front = new List<int>();
        var best = double.NegativeInfinity;
        // Cheapest first; at equal cost the better figure first, so that its twin of worse figure is not on the front.
        foreach (var i in Enumerable.Range(0, points.Count).Where(i => !double.IsNaN(points[i].Cost) && !double.IsNaN(points[i].Figure))
                     .OrderBy(i => points[i].Cost).ThenByDescending(i => sign * points[i].Figure))
        {
            if (sign * points[i].Figure <= best) continue;
            best = sign * points[i].Figure;
            front.Add(i);
        }
        return front;
    }
}
