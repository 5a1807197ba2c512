using DNArch.Engine.Compare;
using DNArch.Host.Terminal;
using Spectre.Console;

namespace DNArch.Tests.Host;

/// <summary>The comparison table in an interactive terminal: no line wider than the terminal, every figure kept.</summary>
public sealed class ComparisonConsoleTests
{
    [Theory]
    [InlineData(60, "FLOPs")]
    [InlineData(100, "seconds")]
    [InlineData(200, null)]
    public void The_table_fits_the_terminal_with_whole_cells_leaving_out_what_does_not_fit(int width, string? leftOut)
    {
        var output = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output), Ansi = AnsiSupport.No, ColorSystem = ColorSystemSupport.NoColors });
        console.Profile.Width = width;
        string[] row = ["Kernel.Type-magnet_KernelSize.Type-gaussian", "3", "97.13 ± 0.52", "96.80 ± 0.61", "95.29 – 98.31", "26k ± 1.2k", "1.74M (49.6%)", "flops ≤ 1.75M", "2 of 3 met", "3.7/4", "12.5"];
        var model = new ComparisonTable(ComparisonTable.Of([]).Headers, [row]);

        ComparisonConsole.Draw(console, model);

        var text = output.ToString();
        text.Split('\n').Should().OnlyContain(l => l.TrimEnd('\r').Length <= width);
        // The test figure and its interval come first, in whole cells.
        text.Should().Contain("96.80 ± 0.61").And.Contain("95.29 – 98.31");
        if (leftOut is null) text.Should().Contain("2 of 3 met").And.Contain("12.5").And.NotContain("left out");
        else text.Should().Contain("left out for the terminal's width:").And.Contain(leftOut);
    }
}
