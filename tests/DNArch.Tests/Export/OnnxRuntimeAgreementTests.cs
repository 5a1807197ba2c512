using DNArch.Abstractions.Datasets;
using DNArch.Engine;
using DNArch.Engine.Export;
using DNArch.Engine.Models;
using DNArch.Tests.Datasets;
using DNArch.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using static TorchSharp.torch;

namespace DNArch.Tests.Export;

/// <summary>Found networks of real (tiny) searches, exported: ONNX Runtime's test outputs and accuracy are the engine's.</summary>
[Collection(TorchCollection.Name)]
public sealed class OnnxRuntimeAgreementTests : IDisposable
{
    readonly TempDirectory temp = new();
    readonly DatasetFiles files = new();
    readonly EngineHost host = new();

    public void Dispose()
    {
        host.Dispose();
        files.Dispose();
        temp.Dispose();
    }

    [Fact]
    public void An_exported_waves_network_gives_the_engines_test_outputs_and_accuracy() =>
        ShouldAgree(FoundRuns.Waves(host, temp.Path));

    [Fact]
    public void An_exported_image_network_gives_the_engines_test_outputs_and_accuracy() =>
        ShouldAgree(FoundRuns.Images(host, temp.Path, files));

    void ShouldAgree(string run)
    {
        using var network = FoundNetwork.Load(run, host.Services.GetRequiredService<PluginResolver>());
        network.Record.Blocks.Should().Contain(b => b.Active && !b.OutputSize.SequenceEqual(b.InputSize), "a resampler downsamples");
        var data = host.Runs.OpenDataset(network.Search);
        var (inputs, targets) = data.Batch(DataSplit.Test, Enumerable.Range(0, data.Count(DataSplit.Test)).ToArray());
        using var _ = inputs;
        using var __ = targets;
        var model = Path.Combine(run, "model.onnx");
        OnnxExport.Write(network, model);

        using var engine = network.Predict(inputs, 32);
        using var onnx = OnnxRuntimeRunner.Run(model, inputs);
        onnx.shape.Should().Equal(engine.shape);
        using var difference = (onnx - engine).abs().max();
        difference.item<float>().Should().BeLessThan(1e-4f);
        var accuracy = Accuracy(engine, targets);
        Accuracy(onnx, targets).Should().Be(accuracy);
        accuracy.Should().Be(network.Record.Metrics["testAccuracy"]);
    }

    static double Accuracy(Tensor outputs, Tensor targets)
    {
        using var correct = outputs.argmax(1).eq(targets).sum();
        return correct.item<long>() / (double)targets.shape[0];
    }
}
