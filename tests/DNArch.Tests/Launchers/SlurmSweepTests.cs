using System.Diagnostics;
using DNArch.Engine.Compare;
using DNArch.Tests.Support;
using Xunit.Abstractions;

namespace DNArch.Tests.Launchers;

/// <summary>Sweeps through a real Slurm (sbatch, squeue); skipped where no cluster answers.</summary>
public sealed class SlurmSweepTests(ITestOutputHelper output) : IDisposable
{
    readonly TempDirectory temp = new();

    public void Dispose() => temp.Dispose();

    [SlurmFact]
    public async Task A_four_task_sweep_runs_as_a_job_array_and_collects_into_one_table()
    {
        var clock = Stopwatch.StartNew();
        var submitted = Sweeps.Compare(temp, "grid", "--Compare:Launcher:Type=slurm", "--Compare:Launcher:Time=10",
            "--Compare:Vary:Search:Kernel:Type=mlp,siren", "--Compare:Vary:Search:Seed=1,2");
        submitted.ExitCode.Should().Be(0, submitted.StdErr);
        var sweep = Path.Combine(temp.Path, "grid");
        submitted.StdOut.Should().Contain("submitted 4 tasks as job").And.Contain($"dnarch compare --collect {sweep}");

        await Sweeps.WaitForSlurmAsync(sweep);
        var collected = Sweeps.Dnarch(temp, "compare", "--collect", sweep);
        output.WriteLine($"4-task Slurm sweep submitted, run and collected in {clock.Elapsed.TotalSeconds:0.0} s");

        collected.ExitCode.Should().Be(0, collected.StdOut + collected.StdErr);
        var csv = Sweeps.CsvRows(sweep);
        csv[0].Should().StartWith("combination,Search:Kernel:Type,n,figure");
        csv.Skip(1).Select(l => string.Join(',', l.Split(',')[..3])).Should().Equal("Type-mlp,mlp,2", "Type-siren,siren,2");
        File.ReadAllLines(Path.Combine(sweep, "runs.csv")).Skip(1).Select(l => l.Split(',')[0]).Should().Equal(
            "Type-mlp_Seed-1", "Type-mlp_Seed-2", "Type-siren_Seed-1", "Type-siren_Seed-2");
        collected.StdOut.Should().Contain("| Type-siren | 2 | ").And.NotContain("Not finished");
        var job = LaunchHistory.Read(sweep)[0].Result.JobId;
        Directory.EnumerateFiles(Path.Combine(sweep, "logs")).Select(Path.GetFileName).Should().BeEquivalentTo(
            Enumerable.Range(0, 4).Select(i => $"{job}_{i}.log"));
    }

    [SlurmFact]
    public async Task A_failed_array_task_is_listed_with_its_job_and_log_and_resubmitted_alone()
    {
        var submitted = Sweeps.Compare(temp, "broken", "--Compare:Launcher:Type=slurm", "--Compare:Vary:Search:Kernel:Type=mlp,nope");
        submitted.ExitCode.Should().Be(0, submitted.StdErr);
        var sweep = Path.Combine(temp.Path, "broken");
        await Sweeps.WaitForSlurmAsync(sweep);

        var collected = Sweeps.Dnarch(temp, "compare", "--collect", sweep);
        var job = LaunchHistory.Read(sweep)[0].Result.JobId;
        collected.ExitCode.Should().Be(1);
        collected.StdOut.Should().Contain($"task 1 Type-nope: failed with exit code 2 (job {job}_1, log {Path.Combine(sweep, "logs", $"{job}_1.log")})");
        collected.StdErr.Should().Contain("1 of 2 tasks have no result (1 failed)");
        File.ReadAllText(Path.Combine(sweep, "logs", $"{job}_1.log")).Should().Contain("there is no kernel plugin named 'nope'");
        Sweeps.CsvRows(sweep).Should().HaveCount(2);

        var resubmitted = Sweeps.Dnarch(temp, "compare", "--resubmit", sweep);
        resubmitted.ExitCode.Should().Be(0, resubmitted.StdErr);
        resubmitted.StdOut.Should().Contain("submitted 1 tasks as job");
        await Sweeps.WaitForSlurmAsync(sweep);
        var launches = LaunchHistory.Read(sweep);
        launches.Should().HaveCount(2);
        launches[1].Result.Tasks.Select(t => t.Index).Should().Equal(1);
        Sweeps.Dnarch(temp, "compare", "--collect", sweep).StdOut
            .Should().Contain($"failed with exit code 2 (job {launches[1].Result.JobId}_1");
    }
}
