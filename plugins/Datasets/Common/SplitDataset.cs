using DNArch.Abstractions.Datasets;
using static TorchSharp.torch;

namespace DNArch.Plugins.Datasets.Common;

/// <summary>
/// An in-memory data set: a table of raw inputs, their targets and the rows of each split. Inputs are standardised
/// per channel with statistics of the training split, or by a fixed normaliser the task prescribes.
/// </summary>
public sealed class SplitDataset : IDataset
{
    readonly ExampleTable inputs;
    readonly Targets targets;
    readonly ChannelNormaliser normaliser;

    public SplitDataset(DatasetInfo info, ExampleTable inputs, Targets targets, DatasetSplits splits, ChannelNormaliser? normaliser = null)
    {
        ArgumentNullException.ThrowIfNull(info);
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(targets);
        ArgumentNullException.ThrowIfNull(splits);
        Info = info;
        this.inputs = inputs;
        this.targets = targets;
        Splits = splits;
        this.normaliser = normaliser ?? ChannelNormaliser.Fit(inputs, splits.Train);
    }

    public DatasetInfo Info { get; }

    public DatasetSplits Splits { get; }

    public ChannelNormaliser Normaliser => normaliser;

    public int Count(DataSplit split) => Splits.Rows(split).Length;

    public (Tensor Inputs, Tensor Targets) Batch(DataSplit split, ReadOnlySpan<int> indices)
    {
        var splitRows = Splits.Rows(split);
        var rows = new int[indices.Length];
        for (var i = 0; i < indices.Length; i++)
        {
            if ((uint)indices[i] >= (uint)splitRows.Length)
                throw new ArgumentOutOfRangeException(nameof(indices), indices[i], $"The {split} split has {splitRows.Length} examples.");
            rows[i] = splitRows[indices[i]];
        }
        var x = Batches.Stack(inputs, rows, Info.Shape, normaliser);
        try
        {
            return (x, targets.Gather(rows));
        }
        catch
        {
            x.Dispose();
            throw;
        }
    }
}
