namespace DNArch.Abstractions.Configuration;

/// <summary>
/// The paths of <c>dnarch</c>'s configuration sections, and of the keys code names, as configuration files spell them.
/// They are part of the contract (configuration files, a run's <c>config.json</c>, messages that name a key), so each
/// is spelled here once.
/// </summary>
public static class ConfigurationKeys
{
    /// <summary>Log levels per category, as Microsoft.Extensions.Logging reads them.</summary>
    public const string Logging = "Logging";

    /// <summary>What a run's <c>config.json</c> records about the program and plugins that ran it.</summary>
    public const string Provenance = "Provenance";

    /// <summary><c>Plugins</c>: where plugin assemblies are discovered.</summary>
    public static class Plugins
    {
        public const string Section = "Plugins";
        public const string Directories = Section + ":Directories";
    }

    /// <summary><c>Search</c>: the architecture search and the plugins it runs with.</summary>
    public static class Search
    {
        public const string Section = "Search";
        public const string Name = Section + ":Name";
        public const string Output = Section + ":Output";
        public const string Seed = Section + ":Seed";
        public const string Device = Section + ":Device";
        public const string MemoryLimit = Section + ":MemoryLimit";
        public const string Training = Section + ":Training";
        public const string LabelSmoothing = Training + ":LabelSmoothing";
        public const string RandomFlip = Training + ":RandomFlip";
        public const string Budget = Section + ":Budget";
        public const string BudgetMetric = Budget + ":Metric";
        public const string BudgetTarget = Budget + ":Target";
        public const string Dataset = Section + ":Dataset";
        public const string DatasetType = Dataset + ":Type";
        public const string Kernel = Section + ":Kernel";
        public const string KernelSizeMask = Section + ":Masks:KernelSize";
        public const string WidthMask = Section + ":Masks:Width";
        public const string DepthMask = Section + ":Masks:Depth";
        public const string Resampling = Section + ":Resampling";
        public const string Network = Section + ":Network";
        public const string Head = Section + ":Head";
    }

    /// <summary><c>Compare</c>: what <c>dnarch compare</c> runs.</summary>
    public static class Compare
    {
        public const string Section = "Compare";
        public const string Name = Section + ":Name";
        public const string Seeds = Section + ":Seeds";
        public const string Vary = Section + ":Vary";
        public const string Launcher = Section + ":Launcher";
        public const string LauncherType = Launcher + ":Type";
    }
}
