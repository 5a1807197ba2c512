using DNArch.Abstractions.Datasets;
using Microsoft.Extensions.Configuration;
using TorchSharp;
using static TorchSharp.torch;

namespace DNArch.Plugins.Sdk.Conformance;

/// <summary>
/// The checks a data set plugin passes, opened with its section as configured (files and sizes included). Data
/// sets have no parameters, so gradients and save/load do not apply; reproducibility takes their place.
/// </summary>
public sealed class DatasetConformance(IDatasetPlugin plugin, IConfigurationSection options) : PluginConformance
{
    const int Seed = 3;

    /// <inheritdoc/>
    public override IReadOnlyList<ConformanceCheck> Checks =>
    [
        new("shape contract", ShapeContract),
        new("same seed, same data", SameSeedSameData),
        new("options validated", OptionsValidated),
    ];

    /// <summary>
    /// Every split has examples, and a batch of the first and last of each is <c>[B, InputChannels, *Shape]</c>
    /// float32 with targets <c>[B]</c> int64 labels below the class count (classification) or
    /// <c>[B, OutputChannels, *Shape]</c> float32 (dense prediction).
    /// </summary>
    public void ShapeContract()
    {
        using var scope = NewDisposeScope();
        var dataset = plugin.Open(options, Seed);
        var info = dataset.Info;
        Expect.That(info.InputChannels >= 1 && info.OutputChannels >= 1 && info.Shape.Count >= 1 && info.Shape.All(s => s >= 1),
            $"Info has {info.InputChannels} input channels, {info.OutputChannels} outputs and shape [{string.Join(", ", info.Shape)}]; expected at least 1 of each");
        var shape = info.Shape.Select(s => (long)s).ToArray();
        foreach (var split in Enum.GetValues<DataSplit>())
        {
            var count = dataset.Count(split);
            Expect.That(count >= 1, $"the {split} split has {count} examples; expected at least one");
            var (inputs, targets) = dataset.Batch(split, [0, count - 1]);
            var call = $"Batch({split}, [0, {count - 1}])";
            Expect.Shape(inputs, [2, info.InputChannels, .. shape], $"{call} inputs");
            Expect.That(inputs.dtype == float32, $"{call} inputs are {inputs.dtype}; expected Float32");
            Expect.Finite(inputs, $"{call} inputs");
            if (info.Task == TaskKind.Classification)
            {
                Expect.Shape(targets, [2], $"{call} targets");
                Expect.That(targets.dtype == int64, $"{call} targets are {targets.dtype}; expected Int64 class labels");
                Expect.That(targets.min().ToInt64() >= 0 && targets.max().ToInt64() < info.OutputChannels,
                    $"{call} targets hold labels outside 0..{info.OutputChannels - 1}");
            }
            else
            {
                Expect.Shape(targets, [2, info.OutputChannels, .. shape], $"{call} targets");
                Expect.That(targets.dtype == float32, $"{call} targets are {targets.dtype}; expected Float32");
                if (info.Task == TaskKind.BinarySegmentation)
                    Expect.That(targets.eq(0).logical_or(targets.eq(1)).all().ToBoolean(), $"{call} targets hold values other than 0 and 1");
            }
        }
    }

    /// <summary>Opened twice with one seed, the data set gives the same examples: searches are reproducible.</summary>
    public void SameSeedSameData()
    {
        using var scope = NewDisposeScope();
        var first = plugin.Open(options, Seed);
        var second = plugin.Open(options, Seed);
        foreach (var split in Enum.GetValues<DataSplit>())
        {
            Expect.That(first.Count(split) == second.Count(split), $"the {split} split changed size between two openings with one seed");
            var last = first.Count(split) - 1;
            var (a, la) = first.Batch(split, [0, last]);
            var (b, lb) = second.Batch(split, [0, last]);
            Expect.That(a.allclose(b, rtol: 0, atol: 0) && la.allclose(lb, rtol: 0, atol: 0), $"the {split} split's examples changed between two openings with one seed");
        }
    }

    /// <summary>An unknown key in the section is refused, naming the key.</summary>
    public void OptionsValidated() => ModuleChecks.OptionsAreValidated(options, section => plugin.Open(section, Seed));
}
