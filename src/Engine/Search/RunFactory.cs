using DNArch.Abstractions.Configuration;
using DNArch.Abstractions.Datasets;
using DNArch.Abstractions.Plugins;
using DNArch.Engine.Data;
using DNArch.Engine.Network;
using DNArch.Engine.Runs;
using DNArch.Plugins.Sdk.Configuration;
using Microsoft.Extensions.Configuration;
using TorchSharp;
using static TorchSharp.torch;

namespace DNArch.Engine.Search;

/// <summary>
/// Turns configuration into a <see cref="PreparedRun"/>: validates the <c>Search</c> section, opens the data set,
/// probes the plugins, builds the network and the budget, and lays out the run directory — all before any training
/// starts.
/// </summary>
public sealed class RunFactory(PluginResolver plugins, SupernetFactory networks, Trainer trainer)
{
    /// <summary>Sections of <c>Search</c> that plugins and the network bind themselves.</summary>
    static readonly string[] PluginSections = ["Dataset", "Kernel", "Masks", "Resampling", "Network", "Head"];

    /// <summary>A search; with <paramref name="resume"/>, the continuation of that run from its last checkpoint.</summary>
    public PreparedRun Search(IConfigurationSection search, RunDirectory? resume = null)
    {
        ArgumentNullException.ThrowIfNull(search);
        var (options, device, data) = Open(search);
        var space = SearchSpace.Read(search, plugins, withMasks: true);
        MemoryCheck.Check(options, space, data.Info);
        PluginStartupCheck.Check(search, space, data.Info);
        var network = networks.Create(search, data.Info);
        return Prepare(search, options, device, data, network, budget: ComplexityBudget.Create(options.Budget, plugins, network),
            resume, options.Name);
    }

    /// <summary>
    /// The architecture <paramref name="searched"/> found, as a fixed network trained from scratch, configured by
    /// <paramref name="search"/> (by default the run's own <c>config.json</c>).
    /// </summary>
    public PreparedRun Retrain(RunDirectory searched, IConfigurationSection? search = null)
    {
        ArgumentNullException.ThrowIfNull(searched);
        search ??= RunConfiguration.Load(searched);
        var (options, device, data) = Open(search);
        var network = networks.CreateFixed(search, searched.ReadArchitecture());
        return Prepare(search, options, device, data, network, budget: null, resume: null, $"{Path.GetFileName(searched.Path)}-retrain");
    }

    /// <summary>The data set <paramref name="search"/> configures, opened as a run opens it: the same splits for the same seed.</summary>
    public IDataset OpenDataset(IConfigurationSection search)
    {
        ArgumentNullException.ThrowIfNull(search);
        return OpenDataset(search, OptionsBinder.Bind<SearchOptions>(search, PluginSections));
    }

    (SearchOptions, Device, IDataset) Open(IConfigurationSection search)
    {
        var options = OptionsBinder.Bind<SearchOptions>(search, PluginSections);
        var device = DeviceSelection.Resolve(options.Device);
        manual_seed(options.Seed);
        return (options, device, OpenDataset(search, options));
    }

    IDataset OpenDataset(IConfigurationSection search, SearchOptions options)
    {
        var dataset = search.GetSection("Dataset");
        var provider = plugins.Resolve<IDatasetPlugin>(PluginKind.Dataset, dataset["Type"], ConfigurationKeys.Search.DatasetType);
        return PluginStartupCheck.Guard("dataset", dataset["Type"], () => provider.Open(dataset, options.Seed));
    }

    PreparedRun Prepare(IConfigurationSection search, SearchOptions options, Device device, IDataset data, Supernet network,
        ComplexityBudget? budget, RunDirectory? resume, string name)
    {
        var objective = new TaskObjective(data.Info.Task, options.Training.LabelSmoothing);
        RandomFlip.Check(options.Training.RandomFlip, data.Info);
        network.to(device);
        var run = resume ?? RunDirectory.CreateNew(options.Output, name, created => RunConfiguration.Save(created, search, plugins.Descriptors));
        return new PreparedRun(new TrainingRun(run, network, data, objective, options, budget, device, Resume: resume is not null), trainer);
    }
}
