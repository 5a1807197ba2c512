namespace DNArch.Abstractions.Plugins;

/// <summary>The kinds of plugin the host discovers. Their names in output and configuration are lower case.</summary>
public enum PluginKind
{
    /// <summary>A learnable mask over kernel size, width or depth (<see cref="Masks.IMaskPlugin"/>).</summary>
    Mask,
    /// <summary>A continuous kernel generator (<see cref="Kernels.IKernelPlugin"/>).</summary>
    Kernel,
    /// <summary>A learnable downsampling between blocks (<see cref="Resampling.IResamplerPlugin"/>).</summary>
    Resampler,
    /// <summary>A data set and its splits (<see cref="Datasets.IDatasetPlugin"/>).</summary>
    Dataset,
    /// <summary>A complexity metric a budget constrains (<see cref="Budgets.IComplexityMetric"/>).</summary>
    Budget,
    /// <summary>What runs the searches of a sweep, e.g. on a cluster (<see cref="Launchers.ILauncherPlugin"/>).</summary>
    Launcher,
    /// <summary>The network's last layers (<see cref="Heads.IHeadPlugin"/>).</summary>
    Head,
}

/// <summary>What each <see cref="PluginKind"/> is exported as and called.</summary>
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

    /// <summary>The kind's name in output and configuration: <c>mask</c>, <c>kernel</c>, ...</summary>
    public static string ToName(this PluginKind kind) => kind.ToString().ToLowerInvariant();
}
