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
        /// <summary><c>Plugins</c>.</summary>
        public const string Section = "Plugins";
        /// <summary><c>Plugins:Directories</c>.</summary>
        public const string Directories = Section + ":Directories";
    }

    /// <summary><c>Search</c>: the architecture search and the plugins it runs with.</summary>
    public static class Search
    {
        /// <summary><c>Search</c>.</summary>
        public const string Section = "Search";
        /// <summary><c>Search:Name</c>.</summary>
        public const string Name = Section + ":Name";
        /// <summary><c>Search:Output</c>.</summary>
        public const string Output = Section + ":Output";
        /// <summary><c>Search:Seed</c>.</summary>
        public const string Seed = Section + ":Seed";
        /// <summary><c>Search:Device</c>.</summary>
        public const string Device = Section + ":Device";
        /// <summary><c>Search:MemoryLimit</c>.</summary>
        public const string MemoryLimit = Section + ":MemoryLimit";
        /// <summary><c>Search:Training</c>.</summary>
        public const string Training = Section + ":Training";
        /// <summary><c>Search:Training:LabelSmoothing</c>.</summary>
        public const string LabelSmoothing = Training + ":LabelSmoothing";
        /// <summary><c>Search:Training:RandomFlip</c>.</summary>
        public const string RandomFlip = Training + ":RandomFlip";
        /// <summary><c>Search:Budget</c>.</summary>
        public const string Budget = Section + ":Budget";
        /// <summary><c>Search:Budget:Metric</c>.</summary>
        public const string BudgetMetric = Budget + ":Metric";
        /// <summary><c>Search:Budget:Target</c>.</summary>
        public const string BudgetTarget = Budget + ":Target";
        /// <summary><c>Search:Dataset</c>.</summary>
        public const string Dataset = Section + ":Dataset";
        /// <summary><c>Search:Dataset:Type</c>.</summary>
        public const string DatasetType = Dataset + ":Type";
        /// <summary><c>Search:Kernel</c>.</summary>
        public const string Kernel = Section + ":Kernel";
        /// <summary><c>Search:Masks:KernelSize</c>.</summary>
        public const string KernelSizeMask = Section + ":Masks:KernelSize";
        /// <summary><c>Search:Masks:Width</c>.</summary>
        public const string WidthMask = Section + ":Masks:Width";
        /// <summary><c>Search:Masks:Depth</c>.</summary>
        public const string DepthMask = Section + ":Masks:Depth";
        /// <summary><c>Search:Resampling</c>.</summary>
        public const string Resampling = Section + ":Resampling";
        /// <summary><c>Search:Network</c>.</summary>
        public const string Network = Section + ":Network";
        /// <summary><c>Search:Head</c>.</summary>
        public const string Head = Section + ":Head";
    }

    /// <summary><c>Compare</c>: what <c>dnarch compare</c> runs.</summary>
    public static class Compare
    {
        /// <summary><c>Compare</c>.</summary>
        public const string Section = "Compare";
        /// <summary><c>Compare:Name</c>.</summary>
        public const string Name = Section + ":Name";
        /// <summary><c>Compare:Seeds</c>.</summary>
        public const string Seeds = Section + ":Seeds";
        /// <summary><c>Compare:Vary</c>.</summary>
        public const string Vary = Section + ":Vary";
        /// <summary><c>Compare:Launcher</c>.</summary>
        public const string Launcher = Section + ":Launcher";
        /// <summary><c>Compare:Launcher:Type</c>.</summary>
        public const string LauncherType = Launcher + ":Type";
    }
}
