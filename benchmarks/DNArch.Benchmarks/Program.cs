using DNArch.Benchmarks;
using DNArch.Benchmarks.Report;
using DNArch.Host.Hosting;

// The timings run like dnarch: on jemalloc where it is installed, unless DNARCH_ALLOCATOR=glibc, and with OpenMP's
// idle threads asleep after a short spin unless OMP_WAIT_POLICY says otherwise. (Not the other
// modes: the smoke test calls this entry point inside the test host, which must not replace itself.)
if (args.FirstOrDefault() is "versus" or "cropping" or "long" or "long-memory" or "profile" or "roofline")
{
    JemallocPreload.Apply();
    OpenMpWaitPolicy.Apply();
}
TorchRuntime.EnsureLoaded();
var options = new Arguments(args);
switch (args.FirstOrDefault())
{
    case "versus":
        ResultFile.Write(options.Text("--out"), VersusBenchmark.Run(BenchmarkCase.Named(options.Text("--case")),
            options.Number("--threads", 2), options.Number("--steps", 20), options.TextOrNull("--export")));
        return 0;
    case "cropping":
        // --batch: the per-step cost that does not scale with the batch shows at batch 1 (benchmarks/notes.md).
        ResultFile.Write(options.Text("--out"), CroppingBenchmark.Run(
            BenchmarkCase.Sequence with { Batch = options.Number("--batch", BenchmarkCase.Sequence.Batch) }, options.Number("--steps", 5),
            options.Number("--rounds", 3), options.TextOrNull("--only")?.Split(',')));
        return 0;
    case "long":
        ResultFile.Write(options.Text("--out"), LongSequenceBenchmark.Run(options.Numbers("--lengths", LongSequenceBenchmark.Lengths),
            LongSequenceBenchmark.Width, LongSequenceBenchmark.Batch, options.Number("--steps", 5), options.Number("--rounds", 3), options.Number("--direct-up-to", 4096)));
        return 0;
    case "long-memory":
        ResultFile.Write(options.Text("--out"), LongSequenceBenchmark.Memory(options.Number("--length", 1024),
            options.TextOrNull("--path") ?? LongSequenceBenchmark.Fft));
        return 0;
    case "roofline":
        ResultFile.Write(options.Text("--out"), RooflineBenchmark.Run(options.TextOrNull("--cases")?.Split(",").Select(BenchmarkCase.Named).ToList() ?? [BenchmarkCase.Sequence, BenchmarkCase.Image, BenchmarkCase.ImageDefaults],
            options.Number("--threads", 2), options.Number("--matmul", 2048), options.Number("--steps", 20)));
        return 0;
    case "profile":
        ResultFile.Write(options.Text("--out"), ProfileBenchmark.Run(BenchmarkCase.Named(options.Text("--case")), options.Number("--repeats", 5)));
        return 0;
    case "inference":
        ResultFile.Write(options.Text("--out"), InferenceBenchmark.Run(options.Text("--run"), options.Number("--examples", 4096),
            options.Number("--batch", 64), options.Number("--rounds", 5), options.Number("--threads", 2)));
        return 0;
    case "report":
        BenchmarkReport.Write(options.Text("--results"), options.Text("--docs"), options.TextOrNull("--fashion"),
            options.TextOrNull("--notes"));
        return 0;
    case "smoke":
        SmokeRun.Run(options.Text("--results"), options.Text("--docs"));
        return 0;
    case "fft-threshold":
        FftThresholdBenchmark.Run();
        return 0;
    default:
        Console.Error.WriteLine("usage: DNArch.Benchmarks versus|cropping|long|long-memory|roofline|profile|inference|report|smoke|fft-threshold [options]; see benchmarks/run.sh");
        return 2;
}
