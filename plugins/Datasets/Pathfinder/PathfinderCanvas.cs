namespace DNArch.Plugins.Datasets.Pathfinder;

/// <summary>
/// A square grid of pixels, each owned by at most one path (id &gt; 0). Shapes are rasterised into pixel sets and
/// committed only when no pixel of another path lies within Chebyshev distance <see cref="Reach"/> of them, so a flood
/// fill that bridges gaps up to <see cref="Reach"/> never jumps from one path to another.
/// </summary>
public sealed class PathfinderCanvas(int side, int reach)
{
    readonly int[] owner = new int[side * side];

    public int Side { get; } = side;

    public int Reach { get; } = reach;

    /// <summary>Pixels whose centre lies within <paramref name="radius"/> of the segment a–b, and the two pixels holding its ends; null when any falls outside.</summary>
    public List<int>? Segment((double X, double Y) a, (double X, double Y) b, double radius)
    {
        var pixels = new List<int>();
        int x0 = (int)Math.Floor(Math.Min(a.X, b.X) - radius), x1 = (int)Math.Ceiling(Math.Max(a.X, b.X) + radius);
        int y0 = (int)Math.Floor(Math.Min(a.Y, b.Y) - radius), y1 = (int)Math.Ceiling(Math.Max(a.Y, b.Y) + radius);
        for (var y = y0; y <= y1; y++)
        {
            for (var x = x0; x <= x1; x++)
            {
                if (Distance((x, y), a, b) <= radius && !Add(pixels, x, y))
                    return null;
            }
        }
        return Add(pixels, (int)Math.Round(a.X), (int)Math.Round(a.Y)) && Add(pixels, (int)Math.Round(b.X), (int)Math.Round(b.Y)) ? pixels : null;
    }

    /// <summary>True when no pixel of a path other than <paramref name="id"/> lies within <see cref="Reach"/> of <paramref name="pixels"/>.</summary>
    public bool IsClear(IEnumerable<int> pixels, int id)
    {
        foreach (var p in pixels)
        {
            int px = p % Side, py = p / Side;
            for (var y = Math.Max(0, py - Reach); y <= Math.Min(Side - 1, py + Reach); y++)
            {
                for (var x = Math.Max(0, px - Reach); x <= Math.Min(Side - 1, px + Reach); x++)
                {
                    var o = owner[y * Side + x];
                    if (o != 0 && o != id)
                        return false;
                }
            }
        }
        return true;
    }

    /// <summary>True when some pixel of <paramref name="a"/> is within <see cref="Reach"/> of some pixel of <paramref name="b"/>.</summary>
    public bool AreLinked(IReadOnlyList<int> a, IReadOnlyList<int> b) =>
        a.Any(p => b.Any(q => Math.Max(Math.Abs(p % Side - q % Side), Math.Abs(p / Side - q / Side)) <= Reach));

    public void Paint(IEnumerable<int> pixels, int id)
    {
        foreach (var p in pixels)
            owner[p] = id;
    }

    /// <summary>Removes path <paramref name="id"/> (a path that could not be finished).</summary>
    public void Erase(int id)
    {
        for (var p = 0; p < owner.Length; p++)
        {
            if (owner[p] == id)
                owner[p] = 0;
        }
    }

    /// <summary>255 where some path is, 0 elsewhere.</summary>
    public byte[] Render() => owner.Select(o => o == 0 ? (byte)0 : (byte)255).ToArray();

    bool Add(List<int> pixels, int x, int y)
    {
        if (x < 0 || y < 0 || x >= Side || y >= Side)
            return false;
        pixels.Add(y * Side + x);
        return true;
    }

    static double Distance((double X, double Y) p, (double X, double Y) a, (double X, double Y) b)
    {
        double dx = b.X - a.X, dy = b.Y - a.Y;
        var t = dx * dx + dy * dy > 0 ? Math.Clamp(((p.X - a.X) * dx + (p.Y - a.Y) * dy) / (dx * dx + dy * dy), 0, 1) : 0;
        return Math.Sqrt(Math.Pow(p.X - a.X - t * dx, 2) + Math.Pow(p.Y - a.Y - t * dy, 2));
    }
}
