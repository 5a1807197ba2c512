using DNArch.Abstractions.Architecture;
using DNArch.Engine.Runs;
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
        // Spectre's own guess says "not interactive" under terminal multiplexers; a terminal that takes ANSI and is
        // not redirected gets the live display.
        var interactive = console.Profile.Capabilities.Ansi && !Console.IsOutputRedirected;
        console.Profile.Capabilities.Interactive |= interactive;
        // Redirected output gets whole lines, never wrapped to a guessed terminal width.
        Action<string> print = interactive ? line => console.WriteLine(line) : Console.Out.WriteLine;
        board.Line += print;
        try
        {
            var work = Task.Factory.StartNew(() => run.Execute(cancellation), cancellation, TaskCreationOptions.LongRunning, TaskScheduler.Default);
            ArchitectureRecord record;
            try
            {
                if (interactive) await ShowProgress(work);
                record = await work;
            }
            // Cancelled before the trainer started (it reports its own interruptions): the run directory exists.
            catch (OperationCanceledException e) when (e is not RunInterruptedException)
            {
                throw RunInterruptedException.BeforeTraining(run.Run, e.CancellationToken);
            }
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
                    var (start, step, epoch) = board.Snapshot();
                    if (start is not null && step is not null)
                    {
                        bar.MaxValue = (double)start.Epochs * start.StepsPerEpoch;
                        bar.Value = (double)step.Epoch * start.StepsPerEpoch + step.Step;
                        bar.Description = Markup.Escape(Describe(start, step, epoch));
                    }
                    await Task.WhenAny(work, Task.Delay(250));
                }
            });

    // "epoch 3/10 step 12/32 loss 0.412 | val acc 88.6% | FLOPs 2.4M of budget 3.5M"
    static string Describe(RunStart start, StepProgress step, EpochMetrics? epoch)
    {
        var text = $"epoch {step.Epoch + 1}/{start.Epochs} step {step.Step}/{step.StepsPerEpoch} loss {step.Loss:0.###}";
        if (epoch is null) return text;
        text += epoch.ValAccuracy is { } accuracy ? $" | val acc {TaskFigures.Format("accuracy", accuracy)}" : $" | val err {TaskFigures.Format("error", epoch.ValError ?? double.NaN)}";
        var macs = $"{epoch.Macs / 1e6:0.##}M";
        return text + (start.BudgetTarget is { } target ? $" | FLOPs {macs} of budget {target / 1e6:0.##}M" : $" | FLOPs {macs}");
    }
}
