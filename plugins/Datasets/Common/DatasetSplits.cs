using DNArch.Abstractions.Datasets;

namespace DNArch.Plugins.Datasets.Common;

/// <summary>The table rows of each split; disjoint, each in ascending order.</summary>
public sealed record DatasetSplits(int[] Train, int[] Validation, int[] Test)
{
    public int[] Rows(DataSplit split) => split switch
    {
        DataSplit.Train => Train,
        DataSplit.Validation => Validation,
        DataSplit.Test => Test,
        _ => throw new ArgumentOutOfRangeException(nameof(split), split, null),
    };

    /// <summary>
    /// Rows <c>0..poolCount-1</c> (the training files) split by a seeded shuffle into validation
    /// (<paramref name="validationFraction"/> of them, at least one when the fraction is positive and the pool holds two)
    /// and training (at most <paramref name="limit"/>); the following <paramref name="testCount"/> rows (the test files)
    /// are the test split.
    /// </summary>
    public static DatasetSplits Carve(int poolCount, int testCount, double validationFraction, int? limit, int seed)
    {
        var order = Seeds.Permutation(poolCount, Seeds.Random(seed, "split"));
        var validationCount = (int)Math.Round(poolCount * validationFraction);
        if (validationFraction > 0 && poolCount > 1) validationCount = Math.Clamp(validationCount, 1, poolCount - 1);
        var validation = order[..validationCount];
        var train = order[validationCount..];
        if (limit < train.Length)
            train = train[..limit.Value];
        return new DatasetSplits(Sorted(train), Sorted(validation), Enumerable.Range(poolCount, testCount).ToArray());
    }

    /// <summary>Generated rows laid out train, validation, test; the training split capped at <paramref name="limit"/>.</summary>
    public static DatasetSplits Consecutive(int train, int validation, int test, int? limit) => new(
        Enumerable.Range(0, Math.Min(train, limit ?? train)).ToArray(),
        Enumerable.Range(train, validation).ToArray(),
        Enumerable.Range(train + validation, test).ToArray());

    /// <summary>
    /// Rows assigned to splits by the data set's own lists (<paramref name="assignment"/>: 0 train, 1 validation,
    /// 2 test); a <paramref name="limit"/> keeps a seeded sample of the training rows.
    /// </summary>
    public static DatasetSplits Assigned(int[] assignment, int? limit, int seed)
    {
        ArgumentNullException.ThrowIfNull(assignment);
        int[] Rows(int split) => Enumerable.Range(0, assignment.Length).Where(r => assignment[r] == split).ToArray();
        var train = Rows(0);
        if (limit < train.Length)
            train = Sorted(Seeds.Permutation(train.Length, Seeds.Random(seed, "split"))[..limit.Value].Select(i => train[i]).ToArray());
        return new DatasetSplits(train, Rows(1), Rows(2));
    }

    static int[] Sorted(int[] rows)
    {
        Array.Sort(rows);
        return rows;
    }
}
