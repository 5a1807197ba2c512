namespace DNArch.Plugins.Datasets.Pathfinder;

/// <summary>
/// The three settings of LRA's Pathfinder release (Linsley et al.'s <c>curv_baseline</c>,
/// <c>curv_contour_length_9</c>, <c>curv_contour_length_14</c>): how many dashes make a path. LRA's Pathfinder and
/// Path-X tasks use <see cref="Hard"/>.
/// </summary>
public enum PathfinderDifficulty
{
    /// <summary>Paths of 6 dashes.</summary>
    Easy,

    /// <summary>Paths of 9 dashes.</summary>
    Intermediate,

    /// <summary>Paths of 14 dashes.</summary>
    Hard,
}
