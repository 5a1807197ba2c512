using DNArch.Abstractions.Architecture;
using DNArch.Engine.Search;
using Spectre.Console;

namespace DNArch.Host.Terminal;

/// <summary>
/// Runs a prepared run on a worker thread and shows it: a live progress bar in an interactive terminal, plain log
/// lines when output is redirected; at the end, the learned architecture and the run directory.
/// </summary>
public sealed class RunConsole(IAnsiConsole console, ProgressBoard board)
{
    public async Task<ArchitectureRecord> Run(PreparedRun run, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(run);
        var interactive = console.Profile.Capabilities.Interactive && !Console.IsOutputRedirected;
        // Redirected output gets whole lines, never wrapped to a guessed terminal width.
        Action<string> print = interactive ? line => console.WriteLine(line) : Console.Out.WriteLine;
        board.Line += print;
        try
        {
            var work = Task.Factory.StartNew(() => run.Execute(cancellation), cancellation, TaskCreationOptions.LongRunning, TaskScheduler.Default);
            if (interactive) await ShowProgress(work);
            var record = await work;
            ArchitectureTable.Write(console, record, run.Run.Path);
            return record;
        }
        finally
        {
            board.Line -= print;
        }
    }

    async Task ShowProgress(Task work) =>
        await console.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .StartAsync(async context =>
            {
                var bar = context.AddTask("starting", maxValue: 1);
                while (!work.IsCompleted)
                {
                    var (start, step, _) = board.Snapshot();
                    if (start is not null && step is not null)
                    {
                        bar.MaxValue = (double)start.Epochs * start.StepsPerEpoch;
                        bar.Value = (double)step.Epoch * start.StepsPerEpoch + step.Step;
                        bar.Description = Markup.Escape(
                            $"epoch {step.Epoch + 1}/{start.Epochs} step {step.Step}/{step.StepsPerEpoch} loss {step.Loss:0.###}" +
                            (start.BudgetTarget is { } t ? $" budget loss {step.ComplexityLoss:0.###}" : ""));
                    }
                    await Task.WhenAny(work, Task.Delay(250));
                }
            });
}
