using DNArch.Engine.Runs;
using DNArch.Engine.Search;
using DNArch.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace DNArch.Tests.Reliability;

/// <summary>A NaN or infinite loss or gradient stops the run naming epoch, step and tensor, or skips the step.</summary>
[Collection(TorchCollection.Name)]
public sealed class NonFiniteTests : IDisposable
{
    readonly TempDirectory temp = new();

    public void Dispose()
    {
        FaultyKernel.Arm(false);
        temp.Dispose();
    }

    /// <summary>The tiny search with the faulty kernel, its fault armed once the first epoch's checkpoint is written.</summary>
    PreparedRun FaultyRun(EngineHost host, string fault, string nonFinite = "stop")
    {
        var settings = EngineHost.TinySearch(temp.Path);
        settings["Search:Kernel:Type"] = "faulty";
        settings["Search:Kernel:Fault"] = fault;
        settings["Search:Training:NonFinite"] = nonFinite;
        return host.Runs.Search(EngineHost.Section(settings));
    }

    static EngineHost Host(string pluginFolder) =>
        new(services => services.AddSingleton<ISearchObserver>(new ArmAfterFirstEpoch()), pluginFolder);

    [Theory]
    [InlineData("nan-loss", "the training loss is NaN")]
    [InlineData("nan-gradient", @"the gradient of [\w.]+\.trap is not finite")]
    public void A_non_finite_value_stops_the_run_naming_epoch_step_and_tensor(string fault, string tensor)
    {
        using var host = Host(FaultyKernel.CompileInto(temp.Sub("faulty")));
        using var run = FaultyRun(host, fault);

        var act = () => run.Execute(CancellationToken.None);

        act.Should().Throw<NonFiniteValueException>().Which.Message
            .Should().Contain("Epoch 2, step 1").And.MatchRegex(tensor).And.Contain("checkpoint.bin").And.Contain("NonFinite=skip");
        var checkpoint = Path.Combine(run.Run.Path, "checkpoint.bin");
        Checkpoint.IsIntact(checkpoint).Should().BeTrue("the last good checkpoint stays as it was");
        run.Run.ReadMetrics().Should().ContainSingle("only the first epoch finished");
    }

    [Fact]
    public void Skip_mode_skips_such_steps_and_counts_them_in_metrics_and_summary()
    {
        using var host = Host(FaultyKernel.CompileInto(temp.Sub("faulty")));
        using var run = FaultyRun(host, "nan-gradient", nonFinite: "skip");

        run.Execute(CancellationToken.None);

        var metrics = run.Run.ReadMetrics();
        metrics.Select(m => m.SkippedSteps).Should().Equal(0, 4);
        File.ReadAllText(run.Run.Summary).Should().Contain("steps skipped for a non-finite loss or gradient: 4");
        File.ReadAllText(run.Run.Architecture).Should().NotContain("skipped", "architecture.json holds no run-specific extras");
    }

    [Fact]
    public void A_run_whose_every_step_was_skipped_fails()
    {
        using var host = new EngineHost(_ => { }, FaultyKernel.CompileInto(temp.Sub("faulty")));
        FaultyKernel.Arm(true);
        using var run = FaultyRun(host, "nan-gradient", nonFinite: "skip");

        var act = () => run.Execute(CancellationToken.None);

        act.Should().Throw<RunFailedException>().Which.Message.Should().Contain("Every training step").And.Contain("skipped");
    }

    /// <summary>Arms the faulty kernel after the first epoch (its checkpoint is written before observers hear of it).</summary>
    sealed class ArmAfterFirstEpoch : ISearchObserver
    {
        public void OnEpoch(EpochMetrics metrics, Abstractions.Architecture.ArchitectureRecord architecture,
            IReadOnlyDictionary<string, float> architectureParameters) => FaultyKernel.Arm(true);
    }
}
