namespace DNArch.Plugins.Datasets.Pathfinder;

/// <summary>
/// LRA's Pathfinder task after Linsley et al. (2018): two long paths of dashes that turn by up to ±0.5 rad from one
/// dash to the next, shorter distractor paths (a third of the length; 30 dashes of them in all, as many as fit), and
/// two round markers. Joined: the markers sit on both ends of one long path; not joined: on one end of each. Sizes
/// scale with the side s/64: dashes 1.5 long, gaps 1 (visible from 128 up), 1 thick (at least 1 pixel),
/// markers of radius 1.5 (at least 1.5 pixels), so a long path spans about three quarters of the side. Paths keep clear of each other
/// by more than <see cref="Reach"/> pixels and consecutive dashes of a path lie within it.
/// </summary>
public sealed class PathfinderGenerator
{
    const double MaxTurn = 0.5;
    const int DistractorDashes = 30;
    readonly double scale;
    readonly int dashes;

    public PathfinderGenerator(int side, PathfinderDifficulty difficulty)
    {
        Side = side;
        scale = side / 64.0;
        dashes = difficulty switch
        {
            PathfinderDifficulty.Easy => 6,
            PathfinderDifficulty.Intermediate => 9,
            _ => 14,
        };
        Reach = (int)Math.Ceiling(scale) + 1;
    }

    public int Side { get; }

    /// <summary>The widest gap, in pixels (Chebyshev), between consecutive dashes of a path; paths are further apart than this.</summary>
    public int Reach { get; }

    public PathfinderImage Next(Random random, bool joined)
    {
        ArgumentNullException.ThrowIfNull(random);
        for (var attempt = 0; attempt < 1_000; attempt++)
        {
            var canvas = new PathfinderCanvas(Side, Reach);
            if (Path(canvas, 1, dashes, random) is not { } first || Path(canvas, 2, dashes, random) is not { } second)
                continue;
            var flip = random.Next(2) == 1;
            var a = flip ? first.End : first.Start;
            var (b, bId) = joined ? (flip ? first.Start : first.End, 1) : (random.Next(2) == 1 ? second.End : second.Start, 2);
            if (!Marker(canvas, 1, a) || !Marker(canvas, bId, b))
                continue;
            var distractorLength = Math.Max(1, dashes / 3);
            for (var d = 0; d < DistractorDashes / distractorLength; d++)
                Path(canvas, 3 + d, distractorLength, random);
            return new PathfinderImage(canvas.Render(), Side, Cell(a), Cell(b), joined);
        }
        throw new InvalidOperationException($"No {Side}x{Side} Pathfinder image with paths of {dashes} dashes could be drawn.");
    }

    static (int Row, int Column) Cell((double X, double Y) p) => ((int)Math.Round(p.Y), (int)Math.Round(p.X));

    bool Marker(PathfinderCanvas canvas, int id, (double X, double Y) centre)
    {
        if (canvas.Segment(centre, centre, Math.Max(1.5, 1.5 * scale)) is not { } disk || !canvas.IsClear(disk, id))
            return false;
        canvas.Paint(disk, id);
        return true;
    }

    /// <summary>Draws path <paramref name="id"/> of <paramref name="count"/> dashes, trying a few starts; its end points, or null.</summary>
    ((double X, double Y) Start, (double X, double Y) End)? Path(PathfinderCanvas canvas, int id, int count, Random random)
    {
        for (var start = 0; start < 20; start++)
        {
            if (TryPath(canvas, id, count, random) is { } ends)
                return ends;
            canvas.Erase(id);
        }
        return null;
    }

    ((double X, double Y) Start, (double X, double Y) End)? TryPath(PathfinderCanvas canvas, int id, int count, Random random)
    {
        var margin = 2 * scale;
        (double X, double Y) position = (margin + random.NextDouble() * (Side - 1 - 2 * margin), margin + random.NextDouble() * (Side - 1 - 2 * margin));
        var first = position;
        var angle = 0.0;
        List<int>? previous = null;
        var end = position;
        for (var i = 0; i < count; i++)
        {
            var placed = false;
            for (var turn = 0; turn < 16 && !placed; turn++)
            {
                var heading = i == 0 ? random.NextDouble() * 2 * Math.PI : angle + (2 * random.NextDouble() - 1) * MaxTurn;
                end = (position.X + 1.5 * scale * Math.Cos(heading), position.Y + 1.5 * scale * Math.Sin(heading));
                var dash = canvas.Segment(position, end, Math.Max(0.5, 0.5 * scale));
                if (dash is null || !canvas.IsClear(dash, id) || (previous is not null && !canvas.AreLinked(previous, dash)))
                    continue;
                canvas.Paint(dash, id);
                (previous, angle, placed) = (dash, heading, true);
            }
            if (!placed)
                return null;
            // The next dash starts a gap of 1 (plus the two half-thicknesses) further on.
            position = (end.X + 2 * scale * Math.Cos(angle), end.Y + 2 * scale * Math.Sin(angle));
        }
        return (first, end);
    }
}
