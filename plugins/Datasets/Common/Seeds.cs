namespace DNArch.Plugins.Datasets.Common;

/// <summary>Independent, reproducible random streams derived from one seed, one per purpose.</summary>
public static class Seeds
{
    /// <summary>A seed for <paramref name="purpose"/>; stable across processes (unlike <see cref="string.GetHashCode()"/>).</summary>
    public static int Derive(int seed, string purpose, int index = 0)
    {
        ArgumentNullException.ThrowIfNull(purpose);
        var hash = 14695981039346656037UL;
        foreach (var c in $"{seed}/{purpose}/{index}")
            hash = (hash ^ c) * 1099511628211UL;
        return (int)(hash ^ (hash >> 32)) & int.MaxValue;
    }

    public static Random Random(int seed, string purpose, int index = 0) => new(Derive(seed, purpose, index));

    /// <summary>A uniformly random permutation of <c>0..count-1</c>.</summary>
    public static int[] Permutation(int count, Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        var order = Enumerable.Range(0, count).ToArray();
        random.Shuffle(order);
        return order;
    }

    /// <summary>A standard normal draw (Box–Muller).</summary>
    public static double NextGaussian(this Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        var u = 1.0 - random.NextDouble();
        return Math.Sqrt(-2 * Math.Log(u)) * Math.Cos(2 * Math.PI * random.NextDouble());
    }
}
