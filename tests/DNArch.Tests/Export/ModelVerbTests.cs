using DNArch.Plugins.Sdk.Datasets;
using System.Text.Json;
using DNArch.Abstractions.Datasets;
using DNArch.Engine;
using DNArch.Engine.Models;
using DNArch.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using static TorchSharp.torch;

namespace DNArch.Tests.Export;

/// <summary>One tiny finished waves search, shared by the tests of a class.</summary>
public sealed class WavesRunFixture : IDisposable
{
    readonly TempDirectory temp = new();

    public WavesRunFixture()
    {
        Host = new EngineHost();
        Run = FoundRuns.Waves(Host, temp.Path);
    }

    public EngineHost Host { get; }

    public string Run { get; }

    public void Dispose()
    {
        Host.Dispose();
        temp.Dispose();
    }
}

/// <summary><c>dnarch evaluate</c>, <c>predict</c> and <c>export</c> as a user runs them, on a tiny finished waves search.</summary>
[Collection(TorchCollection.Name)]
public sealed class ModelVerbTests(WavesRunFixture fixture) : IClassFixture<WavesRunFixture>, IDisposable
{
    readonly TempDirectory temp = new();
    readonly EngineHost host = fixture.Host;
    readonly string run = fixture.Run;
    string Plugins => $"--Plugins:Directories:0={DnarchProcess.BuiltInPluginFolder(temp)}";

    public void Dispose() => temp.Dispose();

    [Fact]
    public void Evaluate_writes_the_runs_test_accuracy_a_confusion_matrix_and_throughput()
    {
        var result = DnarchProcess.Run(temp.Path, null, "evaluate", run, Plugins);

        result.ExitCode.Should().Be(0, result.StdErr);
        using var report = JsonDocument.Parse(File.ReadAllText(Path.Combine(run, "evaluation.json")));
        var root = report.RootElement;
        root.GetProperty("split").GetString().Should().Be("test");
        root.GetProperty("examples").GetInt32().Should().Be(64);
        root.GetProperty("figure").GetString().Should().Be("accuracy");
        using var found = Load();
        root.GetProperty("value").GetDouble().Should().Be(found.Record.Metrics["testAccuracy"]);
        var confusion = root.GetProperty("confusion").EnumerateArray().Select(r => r.EnumerateArray().Select(n => n.GetInt64()).ToList()).ToList();
        confusion.Should().HaveCount(4).And.OnlyContain(r => r.Count == 4);
        confusion.Sum(r => r.Sum()).Should().Be(64);
        confusion.Select((r, i) => r[i]).Sum().Should().Be((long)Math.Round(64 * root.GetProperty("value").GetDouble()));
        root.GetProperty("samplesPerSecond").GetDouble().Should().BePositive();
        result.StdOut.Should().Contain("confusion").And.Contain("samples/s");
    }

    [Fact]
    public void Evaluate_takes_another_split_and_refuses_data_that_does_not_fit_the_network()
    {
        var validation = DnarchProcess.Run(temp.Path, null, "evaluate", run, "--split", "validation", "--output", "-", Plugins);
        validation.ExitCode.Should().Be(0, validation.StdErr);
        JsonDocument.Parse(validation.StdOut).RootElement.GetProperty("split").GetString().Should().Be("validation");

        var longer = DnarchProcess.Run(temp.Path, null, "evaluate", run, "--Search:Dataset:Length=128", Plugins);
        longer.ExitCode.Should().Be(2);
        longer.StdErr.Should().Contain("Search:Dataset").And.Contain("[128]").And.Contain("[64]");
    }

    [Fact]
    public void A_missing_run_directory_or_best_bin_exits_2_naming_it()
    {
        var missing = Path.Combine(temp.Path, "nothing");
        var none = DnarchProcess.Run(temp.Path, null, "evaluate", missing, Plugins);
        none.ExitCode.Should().Be(2);
        none.StdErr.Should().Contain(missing);

        var copy = temp.Sub("copy");
        foreach (var file in Directory.EnumerateFiles(run).Where(f => Path.GetFileName(f) != "best.bin"))
            File.Copy(file, Path.Combine(copy, Path.GetFileName(file)));
        var incomplete = DnarchProcess.Run(temp.Path, null, "export", copy, "--format", "onnx", Plugins);
        incomplete.ExitCode.Should().Be(2);
        incomplete.StdErr.Should().Contain(Path.Combine(copy, "best.bin")).And.Contain("is missing");
    }

    [Fact]
    public void Predict_writes_the_found_networks_outputs_as_csv_and_npy()
    {
        using var inputs = randn(3, 1, 64);
        var input = Path.Combine(temp.Path, "inputs.npy");
        using (var file = File.Create(input)) new NpyArray([3, 64], inputs.data<float>().ToArray()).Write(file);
        var npy = Path.Combine(temp.Path, "outputs.npy");

        var csv = DnarchProcess.Run(temp.Path, null, "predict", run, "--input", input, Plugins);
        var binary = DnarchProcess.Run(temp.Path, null, "predict", run, "--input", input, "--output", npy, Plugins);

        csv.ExitCode.Should().Be(0, csv.StdErr);
        binary.ExitCode.Should().Be(0, binary.StdErr);
        using var found = Load();
        using var expected = found.Predict(inputs);
        var rows = csv.StdOut.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        rows[0].Should().Be("index,class,logit0,logit1,logit2,logit3");
        rows.Skip(1).Select(r => int.Parse(r.Split(',')[1], System.Globalization.CultureInfo.InvariantCulture))
            .Should().Equal(expected.argmax(1).data<long>().ToArray().Select(c => (int)c));
        var written = NpyArray.Read(npy);
        written.Shape.Should().Equal(3, 4);
        written.Values.Should().Equal(expected.data<float>().ToArray(), (a, b) => Math.Abs(a - b) < 1e-5);
    }

    [Fact]
    public void Export_writes_model_onnx_into_the_run_directory_and_refuses_other_formats()
    {
        var result = DnarchProcess.Run(temp.Path, null, "export", run, "--format", "onnx", Plugins);
        var other = DnarchProcess.Run(temp.Path, null, "export", run, "--format", "tflite", Plugins);

        result.ExitCode.Should().Be(0, result.StdErr);
        var model = Path.Combine(run, "model.onnx");
        result.StdOut.Should().Contain(model);
        using var inputs = randn(2, 1, 64);
        using var found = Load();
        using var expected = found.Predict(inputs);
        using var onnx = OnnxRuntimeRunner.Run(model, inputs);
        using var difference = (onnx - expected).abs().max();
        difference.item<float>().Should().BeLessThan(1e-4f);
        other.ExitCode.Should().Be(2);
        other.StdErr.Should().Contain("--format").And.Contain("onnx");
    }

    FoundNetwork Load() => FoundNetwork.Load(run, host.Services.GetRequiredService<PluginResolver>());
}
