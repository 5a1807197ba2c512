using DNArch.Benchmarks;
using DNArch.Host.Hosting;

TorchRuntime.EnsureLoaded();
switch (args.FirstOrDefault())
{
    case "cropping":
        CroppingBenchmark.Run(Argument("--steps", 200));
        return 0;
    case "fft-threshold":
        FftThresholdBenchmark.Run();
        return 0;
    default:
        Console.Error.WriteLine("usage: DNArch.Benchmarks cropping [--steps N] | fft-threshold");
        return 2;
}

int Argument(string name, int fallback)
{
    var at = Array.IndexOf(args, name);
    return at >= 0 && at + 1 < args.Length && int.TryParse(args[at + 1], out var value) ? value : fallback;
}
