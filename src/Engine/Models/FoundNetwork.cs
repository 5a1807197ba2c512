using DNArch.Abstractions.Architecture;
using DNArch.Abstractions.Configuration;
using DNArch.Abstractions.Datasets;
using DNArch.Engine.Network;
using DNArch.Engine.Runs;
using Microsoft.Extensions.Configuration;
using static TorchSharp.torch;

namespace DNArch.Engine.Models;

/// <summary>
/// The network a run found, ready to use: built from the run's <c>config.json</c> and <c>architecture.json</c> with
/// the plugins they name, its best weights (<c>best.bin</c>) loaded, in evaluation mode, cropped to the realised
/// network. The kernels are generated once, by the first <see cref="Predict(Tensor)"/>, and kept fixed after that.
/// A search's <c>best.bin</c> holds the supernet (masks included); a <c>retrain</c> run's holds the fixed network of
/// its architecture; both load.
/// </summary>
/// <example>
/// <code>
/// using var network = FoundNetwork.Load("runs/default", plugins);
/// using var outputs = network.Predict(inputs); // [B, C_in, *n] → [B, classes] or [B, C_out, *n]
/// </code>
/// </example>
public sealed class FoundNetwork : IDisposable
{
    IDisposable? keptKernels;

    FoundNetwork(RunDirectory run, IConfigurationSection search, ArchitectureRecord record, Supernet network)
    {
        Run = run;
        Search = search;
        Network = network;
        Record = record;
        network.eval();
        KeepsKernels = true;
    }

    public RunDirectory Run { get; }

    /// <summary>The run's <c>Search</c> section (<c>config.json</c>).</summary>
    public IConfigurationSection Search { get; }

    /// <summary>The realised architecture, as the loaded weights have it.</summary>
    public ArchitectureRecord Record { get; }

    /// <summary>What the network takes and gives: input channels and size, classes or output channels, causality.</summary>
    public NetworkIo Io => Network.Io;

    internal Supernet Network { get; }

    /// <summary>
    /// Loads the network of <paramref name="runDirectory"/>, resolving its plugins through <paramref name="plugins"/>.
    /// Throws <see cref="InvalidInputException"/> naming the file when the folder is no run directory or a file is
    /// missing, unreadable or does not fit.
    /// </summary>
    public static FoundNetwork Load(string runDirectory, PluginResolver plugins)
    {
        ArgumentNullException.ThrowIfNull(runDirectory);
        ArgumentNullException.ThrowIfNull(plugins);
        var run = RunDirectory.OpenForReading(runDirectory, "run directory");
        var search = RunConfiguration.Load(run);
        if (!File.Exists(run.Architecture))
            throw InvalidInputException.ForFile(run.Architecture, "is missing", "the architecture.json a search writes");
        if (!File.Exists(run.BestWeights))
            throw InvalidInputException.ForFile(run.BestWeights, "is missing",
                "the best.bin a search writes at its best validation epoch (the run has finished no epoch yet?)");
        var record = run.ReadArchitecture();
        var networks = new SupernetFactory(plugins);
        var io = record.Io;
        var data = new DatasetInfo(search["Dataset:Type"] ?? "", io.Task, io.InputChannels, io.InputSize, io.OutputChannels, io.Causal);
        var network = LoadWeights(run, networks.Create(search, data)) ?? LoadWeights(run, networks.CreateFixed(search, record))
            ?? throw InvalidInputException.ForFile(run.BestWeights, "does not fit the network of config.json and architecture.json",
                "the best.bin written by the search (or retrain) that wrote this folder");
        return new FoundNetwork(run, search, network.Record() with { Metrics = record.Metrics, BestEpoch = record.BestEpoch }, network);
    }

    /// <summary>
    /// The network's outputs for <paramref name="inputs"/> <c>[B, C_in, *n]</c> (CPU): class scores (logits)
    /// <c>[B, classes]</c> or dense predictions <c>[B, C_out, *n]</c>. No gradient.
    /// </summary>
    public Tensor Predict(Tensor inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var expected = Io.InputSize.Select(n => (long)n).Prepend(Io.InputChannels);
        if (inputs.dim() != Io.InputSize.Count + 2 || !inputs.shape.Skip(1).SequenceEqual(expected))
            throw new ArgumentException(
                $"Expected inputs [B, {string.Join(", ", expected)}], got [{string.Join(", ", inputs.shape)}].", nameof(inputs));
        using var _ = no_grad();
        return Network.forward(inputs);
    }

    /// <summary><see cref="Predict(Tensor)"/> over <paramref name="inputs"/> in batches of <paramref name="batchSize"/>.</summary>
    public Tensor Predict(Tensor inputs, int batchSize)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        using var scope = NewDisposeScope();
        var outputs = new List<Tensor>();
        for (long start = 0; start < inputs.shape[0]; start += batchSize)
            outputs.Add(Predict(inputs.narrow(0, start, Math.Min(batchSize, inputs.shape[0] - start))));
        return cat(outputs, 0).MoveToOuterDisposeScope();
    }

    public void Dispose()
    {
        KeepsKernels = false;
        Network.Dispose();
    }

    /// <summary>
    /// Whether the kernels are generated once and kept (<see cref="Supernet.FixKernels"/>), as they are from loading on;
    /// off, every forward generates them again (benchmarks compare the two).
    /// </summary>
    internal bool KeepsKernels
    {
        get => keptKernels is not null;
        set
        {
            if (value == KeepsKernels) return;
            if (value)
            {
                using (no_grad()) keptKernels = Network.FixKernels();
                return;
            }
            keptKernels!.Dispose();
            keptKernels = null;
        }
    }

    // The weights of best.bin in network, or null (network disposed) when they belong to another network.
    static Supernet? LoadWeights(RunDirectory run, Supernet network)
    {
        try
        {
            using var reader = new BinaryReader(File.OpenRead(run.BestWeights));
            network.load(reader);
            return network;
        }
        catch (Exception e) when (e is ArgumentException or InvalidDataException or EndOfStreamException)
        {
            network.Dispose();
            return null;
        }
    }
}
