using DNArch.Abstractions.Datasets;

namespace DNArch.Engine.Data;

/// <summary>The order in which a split's examples are visited in one epoch.</summary>
public static class BatchOrder
{
    /// <summary>
    /// Training: a shuffle of <c>0..count-1</c> that depends only on <paramref name="seed"/> and <paramref name="epoch"/>
    /// (so a resumed run sees the same batches). Validation and test: in order.
    /// </summary>
    public static int[] Of(DataSplit split, int count, int seed, int epoch)
    {
        var order = Enumerable.Range(0, count).ToArray();
        if (split == DataSplit.Train)
            new Random(EpochSeed(seed, epoch)).Shuffle(order);
        return order;
    }

    /// <summary>The seed of <paramref name="epoch"/>'s random draws in a run seeded with <paramref name="seed"/>.</summary>
    public static int EpochSeed(int seed, int epoch) => unchecked(seed * 1_000_003 + epoch);
}
