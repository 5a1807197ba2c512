using DNArch.Abstractions.Datasets;
using DNArch.Engine.Network;
using static TorchSharp.torch;

namespace DNArch.Benchmarks;

/// <summary>
/// A benchmarked supernet: MLP kernel generator, Gaussian kernel-size masks that start whole, sigmoid width and depth
/// masks, resampling off unless a setting turns it on; one input channel and ten classes. Sequences are causal
/// (sMNIST-like), images centred.
/// </summary>
sealed record BenchmarkCase(string Name, int[] Shape, int Width, int Blocks, int Batch)
{
    /// <summary>Issue 6's sizes: 784 × 64 channels × 4 blocks, batch 32.</summary>
    public static BenchmarkCase Sequence { get; } = new("sequence", [784], 64, 4, 32);

    /// <summary>Issue 6's sizes: 28×28 × 64 channels × 4 blocks, batch 32.</summary>
    public static BenchmarkCase Image { get; } = new("image", [28, 28], 64, 4, 32);

    /// <summary>
    /// The supernet `dnarch search` starts from on 28×28 images at its defaults: <c>magnet</c> kernels, kernel masks at
    /// half the grid, learnable resampling, 32 channels × 4 blocks, batch 64.
    /// </summary>
    public static BenchmarkCase ImageDefaults { get; } = new("image-defaults", [28, 28], 32, 4, 64)
    {
        Settings = new Dictionary<string, string?>
        {
            ["Kernel:Type"] = "magnet", ["Masks:KernelSize:InitialSize"] = "0.5", ["Resampling:Enabled"] = "true",
        },
    };

    /// <summary>Settings of this case over the common ones below; a call's own settings go over both.</summary>
    public IReadOnlyDictionary<string, string?> Settings { get; init; } = new Dictionary<string, string?>();

    public static BenchmarkCase Named(string name) => name switch
    {
        "sequence" => Sequence,
        "image" => Image,
        "image-defaults" => ImageDefaults,
        _ => throw new ArgumentException($"Unknown case '{name}': sequence, image or image-defaults.", nameof(name)),
    };

    public DatasetInfo Data => new(Name, TaskKind.Classification, 1, Shape, 10, Causal: Shape.Length == 1);

    /// <summary>The network with seed 0, so every process builds the same initial weights.</summary>
    public Supernet Create(IReadOnlyDictionary<string, string?>? settings = null)
    {
        manual_seed(0);
        var values = new Dictionary<string, string?>
        {
            ["Kernel:Type"] = "mlp",
            ["Masks:KernelSize:Type"] = "gaussian",
            ["Masks:KernelSize:InitialSize"] = "1",
            ["Masks:Width:Type"] = "sigmoid",
            ["Masks:Depth:Type"] = "sigmoid",
            ["Resampling:Type"] = "fourier",
            ["Resampling:Enabled"] = "false",
            ["Head:Type"] = "linear",
            ["Network:Blocks"] = $"{Blocks}",
            ["Network:Width"] = $"{Width}",
        };
        foreach (var (key, value) in Settings.Concat(settings ?? new Dictionary<string, string?>())) values[key] = value;
        return new SupernetFactory(BenchmarkPlugins.Resolver()).Create(BenchmarkPlugins.Search(values), Data);
    }

    /// <summary>A fixed random batch (seed 1): standard-normal inputs and uniform labels.</summary>
    public (Tensor Inputs, Tensor Labels) RandomBatch()
    {
        manual_seed(1);
        return (randn([Batch, 1, .. Shape.Select(n => (long)n)]), randint(10, [Batch]));
    }
}
