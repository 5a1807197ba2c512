namespace DNArch.Engine.Compare;

/// <summary>The finished runs of one combination (one per seed), aggregated.</summary>
public sealed record CombinationSummary(Combination Combination, IReadOnlyList<ComparisonRow> Runs)
{
    public string Figure => Runs[0].Figure;

    public SampleStatistics Val => SampleStatistics.Of(Runs.Select(r => r.Val));

    public SampleStatistics Test => SampleStatistics.Of(Runs.Select(r => r.Test));

    public SampleStatistics Params => SampleStatistics.Of(Runs.Select(r => (double)r.Record.Params));

    public SampleStatistics Macs => SampleStatistics.Of(Runs.Select(r => (double)r.Record.Macs));

    public SampleStatistics Depth => SampleStatistics.Of(Runs.Select(r => (double)r.Record.Depth));

    public SampleStatistics Seconds => SampleStatistics.Of(Runs.Select(r => r.Seconds));

    /// <summary>The budget of the first run (every seed of a combination has the same one).</summary>
    public RunBudget? Budget => Runs[0].Budget;

    /// <summary>Runs whose realised network met its budget, of those where that is known.</summary>
    public (int Met, int Known) BudgetMet => (Runs.Count(r => r.Budget?.Met == true), Runs.Count(r => r.Budget?.Met is not null));

    /// <summary>One summary per combination, in the order of their first runs (the plan's order).</summary>
    public static IReadOnlyList<CombinationSummary> Of(IReadOnlyList<ComparisonRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        return rows.GroupBy(r => r.Run.Combination.Name, StringComparer.Ordinal)
            .Select(g => new CombinationSummary(g.First().Run.Combination, g.ToList())).ToList();
    }
}
