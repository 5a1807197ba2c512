namespace DNArch.Abstractions.Plugins;

/// <summary>The kinds of plugin the host discovers. Their names in output and configuration are lower case.</summary>
public enum PluginKind
{
    Mask,
    Kernel,
    Resampler,
    Dataset,
    Budget,
    Launcher,
    Head,
}

public static class PluginKinds
{
    /// <summary>The contract interface a plugin of each kind exports.</summary>
    public static Type ContractOf(PluginKind kind) => kind switch
    {
        PluginKind.Mask => typeof(Masks.IMaskPlugin),
        PluginKind.Kernel => typeof(Kernels.IKernelPlugin),
        PluginKind.Resampler => typeof(Resampling.IResamplerPlugin),
        PluginKind.Dataset => typeof(Datasets.IDatasetPlugin),
        PluginKind.Budget => typeof(Budgets.IComplexityMetric),
        PluginKind.Launcher => typeof(Launchers.ILauncherPlugin),
        PluginKind.Head => typeof(Heads.IHeadPlugin),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static string ToName(this PluginKind kind) => kind.ToString().ToLowerInvariant();
}
