namespace DNArch.Plugins.Datasets.Common;

/// <summary>Options of a generated data set that is costly enough to keep on disk after its first generation.</summary>
public abstract class CachedDatasetOptions : GeneratedDatasetOptions
{
    /// <summary>Folder of the cache files; unset means <c>$XDG_CACHE_HOME/dnarch</c> (or <c>~/.cache/dnarch</c>).</summary>
    public string? CacheDirectory { get; set; }

    public string ResolveCacheDirectory()
    {
        if (!string.IsNullOrWhiteSpace(CacheDirectory))
            return CacheDirectory;
        var root = Environment.GetEnvironmentVariable("XDG_CACHE_HOME");
        if (string.IsNullOrWhiteSpace(root))
            root = System.IO.Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache");
        return System.IO.Path.Combine(root, "dnarch");
    }
}
