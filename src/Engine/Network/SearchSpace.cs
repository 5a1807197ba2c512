using DNArch.Abstractions.Configuration;
using DNArch.Abstractions.Heads;
using DNArch.Abstractions.Kernels;
using DNArch.Abstractions.Masks;
using DNArch.Abstractions.Plugins;
using DNArch.Abstractions.Resampling;
using DNArch.Plugins.Sdk.Configuration;
using DNArch.Engine.Configuration;
using Microsoft.Extensions.Configuration;

namespace DNArch.Engine.Network;

/// <summary>
/// The <c>Search</c> section resolved to plugins: the kernel generator, a mask plugin per learnable dimension (null
/// when <c>Enabled=false</c>), the resampler (null when off) and the head, each bound to its own section.
/// </summary>
sealed class SearchSpace
{
    static readonly string[] Dimensions = ["KernelSize", "Width", "Depth"];

    public required NetworkOptions Network { get; init; }
    public required Func<KernelSpec, KernelGenerator> Generator { get; init; }
    public Func<MaskAxis, Mask>? KernelSizeMask { get; init; }
    public Func<MaskAxis, Mask>? WidthMask { get; init; }
    public Func<MaskAxis, Mask>? DepthMask { get; init; }
    public Func<ResamplerSpec, Resampler>? Resampler { get; init; }
    public required Func<HeadSpec, Head> Head { get; init; }

    /// <summary>The head plugin's <see cref="IHeadPlugin.Encodings"/>.</summary>
    public required int Encodings { get; init; }

    /// <summary>Reads <paramref name="search"/>; <paramref name="withMasks"/> false leaves every mask off (fixed networks).</summary>
    public static SearchSpace Read(IConfiguration search, PluginResolver plugins, bool withMasks)
    {
        ArgumentNullException.ThrowIfNull(search);
        ArgumentNullException.ThrowIfNull(plugins);
        var masks = search.GetSection("Masks");
        var unknown = masks.GetChildren().Select(c => c.Key).FirstOrDefault(k => !Dimensions.Contains(k, StringComparer.OrdinalIgnoreCase));
        if (unknown is not null)
            throw InvalidInputException.ForKey($"{masks.Path}:{unknown}", "is not a learnable dimension",
                $"Valid: {string.Join(", ", Dimensions)}");

        var kernel = search.GetSection("Kernel");
        var kernelPlugin = plugins.Resolve<IKernelPlugin>(PluginKind.Kernel, kernel["Type"], $"{kernel.Path}:Type");
        var resampling = search.GetSection("Resampling");
        var resamplerPlugin = Enabled(resampling)
            ? plugins.Resolve<IResamplerPlugin>(PluginKind.Resampler, resampling["Type"], $"{resampling.Path}:Type")
            : null;
        var head = search.GetSection("Head");
        var headPlugin = plugins.Resolve<IHeadPlugin>(PluginKind.Head, head["Type"], $"{head.Path}:Type");
        return new SearchSpace
        {
            Network = ValidatedOptions.Bind<NetworkOptions>(search.GetSection("Network")),
            Generator = spec => kernelPlugin.Create(spec, kernel),
            KernelSizeMask = withMasks ? MaskOf(masks.GetSection("KernelSize"), plugins) : null,
            WidthMask = withMasks ? MaskOf(masks.GetSection("Width"), plugins) : null,
            DepthMask = withMasks ? MaskOf(masks.GetSection("Depth"), plugins) : null,
            Resampler = resamplerPlugin is null ? null : spec => resamplerPlugin.Create(spec, ConfigurationModel.PluginSettings(resampling)),
            Head = spec => headPlugin.Create(spec, head),
            Encodings = headPlugin.Encodings,
        };
    }

    static Func<MaskAxis, Mask>? MaskOf(IConfigurationSection section, PluginResolver plugins)
    {
        if (!Enabled(section)) return null;
        var plugin = plugins.Resolve<IMaskPlugin>(PluginKind.Mask, section["Type"], $"{section.Path}:Type");
        var settings = ConfigurationModel.PluginSettings(section);
        return axis => plugin.Create(axis, settings);
    }

    static bool Enabled(IConfigurationSection section)
    {
        var value = section["Enabled"];
        if (value is null) return true;
        return bool.TryParse(value, out var enabled)
            ? enabled
            : throw InvalidInputException.ForKey($"{section.Path}:Enabled", $"'{value}' is not a boolean", "Use true or false");
    }
}
