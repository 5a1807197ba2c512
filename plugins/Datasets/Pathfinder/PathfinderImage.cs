namespace DNArch.Plugins.Datasets.Pathfinder;

/// <summary>
/// One rendered example: <paramref name="Pixels"/> row-major, 0 background and 255 ink; the centres of its two
/// end-point markers as (row, column); <paramref name="Joined"/> when one path links them.
/// </summary>
public sealed record PathfinderImage(byte[] Pixels, int Side, (int Row, int Column) First, (int Row, int Column) Second, bool Joined);
