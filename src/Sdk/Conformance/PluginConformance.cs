using DNArch.Abstractions.Budgets;
using DNArch.Abstractions.Datasets;
using DNArch.Abstractions.Kernels;
using DNArch.Abstractions.Masks;
using DNArch.Abstractions.Resampling;
using Microsoft.Extensions.Configuration;

namespace DNArch.Plugins.Sdk.Conformance;

/// <summary>
/// The checks every plugin of a kind must pass, the same for the built-in plugins, a plugin author's tests and
/// <c>dnarch plugins --probe</c>. Each check is a public method that throws a <see cref="ConformanceException"/>.
/// </summary>
public abstract class PluginConformance
{
    /// <summary>The checks of this kind, in the order they are reported.</summary>
    public abstract IReadOnlyList<ConformanceCheck> Checks { get; }

    /// <summary>Runs every check and returns one verdict each.</summary>
    public IReadOnlyList<ConformanceResult> Run() => Checks.Select(c => c.Run()).ToList();

    /// <summary>
    /// The checks for <paramref name="plugin"/> by the contract it implements, with <paramref name="options"/> as
    /// its configuration section; null for a kind without checks (launchers).
    /// </summary>
    public static PluginConformance? For(object plugin, IConfigurationSection options) => plugin switch
    {
        IKernelPlugin kernel => new KernelConformance(kernel, options),
        IMaskPlugin mask => new MaskConformance(mask, options),
        IResamplerPlugin resampler => new ResamplerConformance(resampler, options),
        IDatasetPlugin dataset => new DatasetConformance(dataset, options),
        IComplexityMetric metric => new BudgetConformance(metric),
        _ => null,
    };
}
