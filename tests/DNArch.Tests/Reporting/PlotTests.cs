using DNArch.Engine.Reporting;
using DNArch.Engine.Runs;
using ScottPlot;

namespace DNArch.Tests.Reporting;

/// <summary>What the run plots draw: a line per block and dimension, nothing for a skipped block, and how lines stay apart.</summary>
public sealed class PlotTests
{
    [Fact]
    public void A_skipped_block_draws_no_kernel_at_the_epochs_it_was_skipped()
    {
        EpochMetrics[] history = [Epoch(1, depth: 2, [[9], [7]]), Epoch(2, depth: 1, [[8], [6]]), Epoch(3, depth: 2, [[7], [5]])];

        var series = BlockSeries.Of(history, h => h.KernelSizes);

        series.Select(s => s.Label).Should().Equal("block 0", "block 1");
        series[1].Epochs.Should().Equal(1, 3);
        series[1].Values.Should().Equal(7, 5);
        series[0].Values.Should().Equal(9, 8, 7);
    }

    [Fact]
    public void Two_dimensional_kernels_get_a_line_per_dimension()
    {
        var series = BlockSeries.Of([Epoch(1, depth: 1, [[5, 3]])], h => h.KernelSizes);

        series.Select(s => (s.Label, s.Values.Single())).Should().Equal(("block 0, dim 1", 5.0), ("block 0, dim 2", 3.0));
    }

    [Fact]
    public void Equal_series_are_told_apart_by_marker_size_and_shape_and_dodged_sideways()
    {
        var plot = new Plot();
        var first = PlotLook.Series(plot.Add.Scatter(new[] { 1.0 }, new[] { 1.0 }), 0, 3);
        var last = PlotLook.Series(plot.Add.Scatter(new[] { 1.0 }, new[] { 1.0 }), 2, 3);

        first.MarkerSize.Should().BeGreaterThan(last.MarkerSize);
        first.MarkerShape.Should().NotBe(last.MarkerShape);
        Enumerable.Range(0, 3).Select(i => PlotLook.Dodge(i, 3, 1)).Should().OnlyHaveUniqueItems().And.OnlyContain(d => Math.Abs(d) < 0.5);
        PlotLook.Dodge(0, 1, 1).Should().Be(0);
    }

    [Fact]
    public void Integer_axes_get_integer_ticks_and_the_legend_sits_outside_the_data()
    {
        var plot = new Plot();
        plot.Add.Scatter(new[] { 1.0, 2.0 }, new[] { 1.0, 2.0 }).LegendText = "line";

        PlotLook.IntegerTicks(plot.Axes.Bottom);
        PlotLook.Label(plot, "title", "epoch", "channels");

        plot.Axes.Bottom.TickGenerator.Should().BeOfType<ScottPlot.TickGenerators.NumericAutomatic>().Which.IntegerTicksOnly.Should().BeTrue();
        plot.Axes.GetPanels().OfType<ScottPlot.Panels.LegendPanel>().Should().ContainSingle().Which.Edge.Should().Be(Edge.Right);
        plot.Legend.IsVisible.Should().BeFalse("the legend inside the data area stays hidden");
    }

    static EpochMetrics Epoch(int epoch, int depth, IReadOnlyList<IReadOnlyList<int>> kernels) =>
        new(epoch, 1, 1, 0.5, null, 0, 100, 10, depth, kernels, [.. kernels.Select(_ => 4)], kernels, 1);
}
