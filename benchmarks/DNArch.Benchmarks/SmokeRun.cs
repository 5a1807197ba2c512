using DNArch.Benchmarks.Report;

namespace DNArch.Benchmarks;

/// <summary>
/// Every C# part of the benchmark on tiny sizes, then the report: checks the program end to end in seconds. The
/// PyTorch side is left out (it needs python3-torch); its section then shows the C# runs alone.
/// </summary>
static class SmokeRun
{
    public static void Run(string results, string markdownPath)
    {
        var tiny = new BenchmarkCase("sequence", [32], 4, 2, 2);
        ResultFile.Write(Path.Combine(results, "versus", "sequence-dnarch-1.json"), VersusBenchmark.Run(tiny, TorchSharp.torch.get_num_threads(), 2, null));
        ResultFile.Write(Path.Combine(results, "cropping.json"), CroppingBenchmark.Run(tiny, 1, 1));
        // Only the one-thread table's rendering: run.sh sets the threads per process, and this runs in the test host.
        ResultFile.Write(Path.Combine(results, "cropping-1thread.json"), CroppingBenchmark.Run(tiny, 1, 1, ["together"]));
        ResultFile.Write(Path.Combine(results, "long.json"), LongSequenceBenchmark.Run([32, 64], 4, 2, 1, 1, 64));
        foreach (var path in (string[])[LongSequenceBenchmark.Fft, LongSequenceBenchmark.Checkpointed])
            ResultFile.Write(Path.Combine(results, "long-memory", $"{path}-64.json"), LongSequenceBenchmark.Memory(64, path, 4, 2));
        ResultFile.Write(Path.Combine(results, "roofline.json"), RooflineBenchmark.Run([tiny], TorchSharp.torch.get_num_threads(), 64, 1));
        ResultFile.Write(Path.Combine(results, "profile-sequence-dnarch.json"), ProfileBenchmark.Run(tiny, 1));
        BenchmarkReport.Write(results, markdownPath, null, null);
    }
}
