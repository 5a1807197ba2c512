using DNArch.Engine;
using DNArch.Engine.Search;
using DNArch.Host.Plugins;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DNArch.Tests.Support;

/// <summary>
/// The engine composed as the host composes it — the project's plugins discovered from the test's output folder —
/// for in-process runs, plus a small default configuration that trains in seconds.
/// </summary>
public sealed class EngineHost : IDisposable
{
    readonly ServiceProvider services;

    public EngineHost(params ISearchObserver[] observers)
        : this(collection => { foreach (var observer in observers) collection.AddSingleton(observer); })
    {
    }

    /// <param name="configure">Services over the engine's: observers, loggers to assert on.</param>
    /// <param name="pluginFolders">Plugin folders besides the project's own, e.g. of test-compiled plugins.</param>
    public EngineHost(Action<IServiceCollection> configure, params string[] pluginFolders)
    {
        ArgumentNullException.ThrowIfNull(configure);
        var plugins = new PluginDiscovery(new ListLogger<PluginDiscovery>()).Discover([PluginFolder.Value, .. pluginFolders]);
        var collection = new ServiceCollection().AddLogging().AddDnarchPlugins(plugins).AddDnarchEngine();
        configure(collection);
        services = collection.BuildServiceProvider();
    }

    public RunFactory Runs => services.GetRequiredService<RunFactory>();

    public IServiceProvider Services => services;

    /// <summary>A small search space: an 8-unit mlp kernel, every dimension learnable, the linear head, <paramref name="blocks"/> × <paramref name="width"/>.</summary>
    public static Dictionary<string, string?> SearchSpace(int blocks, int width) => new()
    {
        ["Search:Kernel:Type"] = "mlp",
        ["Search:Kernel:Hidden"] = "8",
        ["Search:Kernel:Layers"] = "2",
        ["Search:Masks:KernelSize:Type"] = "gaussian",
        ["Search:Masks:Width:Type"] = "sigmoid",
        ["Search:Masks:Depth:Type"] = "sigmoid",
        ["Search:Resampling:Type"] = "fourier",
        ["Search:Head:Type"] = "linear",
        ["Search:Network:Blocks"] = blocks.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Search:Network:Width"] = width.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    /// <summary>A tiny search on the embedded data set: 2 blocks × 8 channels, 2 epochs of 4 batches.</summary>
    public static Dictionary<string, string?> TinySearch(string output, string name = "tiny")
    {
        var settings = SearchSpace(blocks: 2, width: 8);
        settings["Search:Name"] = name;
        settings["Search:Output"] = output;
        settings["Search:Seed"] = "7";
        settings["Search:Dataset:Type"] = "waves";
        settings["Search:Dataset:TrainCount"] = "128";
        settings["Search:Dataset:ValidationCount"] = "64";
        settings["Search:Dataset:TestCount"] = "64";
        settings["Search:Dataset:Length"] = "64";
        settings["Search:Training:Epochs"] = "2";
        settings["Search:Training:BatchSize"] = "32";
        return settings;
    }

    /// <summary><see cref="TinySearch"/> on 13×13 Darcy flow maps (dense prediction, images), cached in <paramref name="cache"/>.</summary>
    public static Dictionary<string, string?> TinyDarcySearch(string output, string cache)
    {
        var settings = WithoutDataset(TinySearch(output, "darcy"));
        settings["Search:Dataset:Type"] = "darcy";
        settings["Search:Dataset:Resolution"] = "13";
        settings["Search:Dataset:TrainCount"] = "64";
        settings["Search:Dataset:ValidationCount"] = "16";
        settings["Search:Dataset:TestCount"] = "16";
        settings["Search:Dataset:CacheDirectory"] = cache;
        settings["Search:Network:KernelGrid"] = "7";
        return settings;
    }

    /// <summary>
    /// <paramref name="settings"/> without their <c>Search:Dataset</c> keys: another data set does not take the tiny
    /// one's options.
    /// </summary>
    public static Dictionary<string, string?> WithoutDataset(Dictionary<string, string?> settings)
    {
        foreach (var key in settings.Keys.Where(k => k.StartsWith("Search:Dataset:", StringComparison.Ordinal)).ToList())
            settings.Remove(key);
        return settings;
    }

    /// <summary>Runs a search to its end; returns its run directory.</summary>
    public string Finished(IDictionary<string, string?> settings)
    {
        using var run = Runs.Search(Section(settings));
        run.Execute(CancellationToken.None);
        return run.Run.Path;
    }

    public static IConfigurationSection Section(IDictionary<string, string?> settings) =>
        new ConfigurationBuilder().AddInMemoryCollection(settings).Build().GetSection("Search");

    public void Dispose() => services.Dispose();

    // The plugin assemblies the test project references, in a folder of their own as the host's build lays them out.
    static readonly Lazy<string> PluginFolder = new(() =>
    {
        var folder = Path.Combine(Path.GetTempPath(), "dnarch-tests", "plugins-" + Environment.ProcessId);
        Directory.CreateDirectory(folder);
        // With their XML docs, which describe their options (dnarch config, the schema, docs/configuration.md).
        foreach (var file in Directory.EnumerateFiles(AppContext.BaseDirectory, "DNArch.Plugins.*").Where(f => f.EndsWith(".dll", StringComparison.Ordinal) || f.EndsWith(".xml", StringComparison.Ordinal)))
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)), overwrite: true);
        return folder;
    });
}
