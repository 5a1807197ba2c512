namespace DNArch.Tests.Reliability;

/// <summary>A fact that needs <see cref="SmallDisk"/>: skipped, saying why, where tmpfs cannot be mounted.</summary>
public sealed class SmallDiskFactAttribute : FactAttribute
{
    public SmallDiskFactAttribute()
    {
        if (!SmallDisk.Available) Skip = "mounting a tmpfs is not permitted here (needs root and CAP_SYS_ADMIN)";
    }
}
