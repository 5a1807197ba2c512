using System.Diagnostics;
using DNArch.Engine.Export;
using DNArch.Engine.Models;
using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;
using static TorchSharp.torch;
using Tensor = TorchSharp.torch.Tensor;

namespace DNArch.Benchmarks;

/// <summary>
/// Evaluation throughput of a run's found network four ways: the supernet as the masked full network (no cropping),
/// the supernet cropped with its kernels generated for every batch (as a training step's forward does), the found network
/// (<see cref="FoundNetwork"/>: cropped, kernels kept) and its ONNX export in ONNX Runtime. Random inputs of the
/// network's shape; each way forwards <c>examples</c> in batches after one untimed batch, in <c>rounds</c> that visit
/// every way in turn; the median round counts.
/// </summary>
static class InferenceBenchmark
{
    /// <param name="MaxDifference">ONNX Runtime's row: the largest |ONNX Runtime − found network| over one batch's outputs.</param>
    public sealed record Row(string Run, string Network, int Batch, int Examples, int Threads, long Flops, double SamplesPerSecond,
        double? MaxDifference = null);

    public static List<Row> Run(string runDirectory, int examples, int batch, int rounds, int threads)
    {
        set_num_threads(threads);
        using var found = FoundNetwork.Load(runDirectory, BenchmarkPlugins.Resolver());
        var model = Path.Combine(Path.GetTempPath(), $"dnarch-inference-{Environment.ProcessId}.onnx");
        OnnxExport.Write(found, model);
        using var options = new SessionOptions { IntraOpNumThreads = threads, InterOpNumThreads = 1 };
        using var session = new InferenceSession(model, options);
        File.Delete(model);
        using var inputs = randn([batch, found.Io.InputChannels, .. found.Io.InputSize.Select(n => (long)n)]);
        var onnxInput = new DenseTensor<float>(inputs.data<float>().ToArray(), [.. inputs.shape.Select(n => (int)n)]);
        var ways = new (string Name, Action Forward)[]
        {
            ("supernet, masked full network, kernels generated per batch", () => Engine(found, cropping: false, keep: false, inputs)),
            ("supernet, cropped, kernels generated per batch", () => Engine(found, cropping: true, keep: false, inputs)),
            ("found network (kernels kept)", () => Engine(found, cropping: true, keep: true, inputs)),
            ("ONNX Runtime 1.31.1", () => session.Run([NamedOnnxValue.CreateFromTensor("input", onnxInput)]).Dispose()),
        };
        var rates = ways.ToDictionary(w => w.Name, _ => new List<double>());
        for (var round = 0; round < rounds; round++)
        {
            foreach (var (name, forward) in ways)
            {
                forward();
                var clock = Stopwatch.StartNew();
                for (var done = 0; done < examples; done += batch) forward();
                rates[name].Add((examples + batch - 1) / batch * batch / clock.Elapsed.TotalSeconds);
            }
        }
        var flops = found.Record.Macs;
        var run = Path.GetFileName(Path.TrimEndingDirectorySeparator(found.Run.Path));
        var difference = Difference(found, session, inputs, onnxInput);
        return [.. ways.Select(w => new Row(run, w.Name, batch, examples, threads, flops, Math.Round(Median(rates[w.Name]), 1),
            w.Name.StartsWith("ONNX", StringComparison.Ordinal) ? difference : null))];
    }

    static void Engine(FoundNetwork found, bool cropping, bool keep, Tensor inputs)
    {
        found.Network.Cropping = cropping;
        found.KeepsKernels = keep;
        using var output = found.Predict(inputs);
    }

    static double Difference(FoundNetwork found, InferenceSession session, Tensor inputs, DenseTensor<float> onnxInput)
    {
        Engine(found, cropping: true, keep: true, inputs);
        using var engine = found.Predict(inputs);
        using var results = session.Run([NamedOnnxValue.CreateFromTensor("input", onnxInput)]);
        var onnx = results.Single().AsTensor<float>().ToArray();
        return engine.data<float>().ToArray().Zip(onnx, (a, b) => (double)Math.Abs(a - b)).Max();
    }

    static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
