using DNArch.Engine.Export;
using DNArch.Engine.Models;
using DNArch.Tests.Support;
using static DNArch.Tests.Network.NetworkTestSetup;
using static TorchSharp.torch;

namespace DNArch.Tests.Export;

[Collection(TorchCollection.Name)]
public sealed class OnnxExportTests : IDisposable
{
    readonly TempDirectory temp = new();

    public void Dispose() => temp.Dispose();

    /// <summary>
    /// Causal classification sequences and centred dense-prediction images, each with a block that downsamples, under
    /// both norms: ONNX Runtime gives the engine's outputs, and so does the found network with its kept kernels.
    /// </summary>
    [Theory]
    [InlineData(true, "Batch")]
    [InlineData(true, "Layer")]
    [InlineData(false, "Batch")]
    [InlineData(false, "Layer")]
    public void An_exported_network_gives_the_engines_outputs_in_onnx_runtime(bool sequences, string norm)
    {
        var data = sequences ? Sequences : Images;
        var search = Search([.. SteepMasks(0.6), ("Resampling:InitialCutoff", "0.6"), ("Network:Norm", norm)]);
        using var supernet = Factory().Create(search, data);
        Train(supernet, [8, data.InputChannels, .. data.Shape]);
        supernet.Record().Blocks.Should().Contain(b => b.Active && !b.OutputSize.SequenceEqual(b.InputSize));
        using var x = randn([5, data.InputChannels, .. data.Shape]);
        using var expected = supernet.forward(x);

        using var found = FoundNetwork.Load(SavedRun.Write(temp.Path, search, supernet), Resolver());
        var model = Path.Combine(temp.Path, "model.onnx");
        OnnxExport.Write(found, model);

        found.Io.Causal.Should().Be(sequences);
        MaxDifference(found.Predict(x), expected).Should().BeLessThan(1e-5f);
        MaxDifference(found.Predict(x), expected).Should().BeLessThan(1e-5f, "the second call reuses the kept kernels");
        MaxDifference(OnnxRuntimeRunner.Run(model, x), expected).Should().BeLessThan(1e-4f);
    }

    [Fact]
    public void The_fixed_network_of_a_retrain_run_loads_and_exports_too()
    {
        var search = Search([.. SteepMasks(0.6), ("Resampling:InitialCutoff", "0.6")]);
        var factory = Factory();
        using var supernet = factory.Create(search, Sequences);
        using var network = factory.CreateFixed(search, supernet.Record());
        Train(network, [8, Sequences.InputChannels, .. Sequences.Shape]);
        using var x = randn([4, Sequences.InputChannels, .. Sequences.Shape]);
        using var expected = network.forward(x);

        using var found = FoundNetwork.Load(SavedRun.Write(temp.Path, search, network), Resolver());
        var model = Path.Combine(temp.Path, "fixed.onnx");
        OnnxExport.Write(found, model);

        found.Record.Params.Should().Be(supernet.Record().Params);
        MaxDifference(found.Predict(x), expected).Should().BeLessThan(1e-5f);
        MaxDifference(OnnxRuntimeRunner.Run(model, x), expected).Should().BeLessThan(1e-4f);
    }

    [Fact]
    public void Predict_refuses_inputs_of_another_shape_naming_the_expected_one()
    {
        using var supernet = Factory().Create(Search(), Sequences);
        using var found = FoundNetwork.Load(SavedRun.Write(temp.Path, Search(), supernet), Resolver());
        using var wrong = randn(2, 2, 41);
        FluentActions.Invoking(() => found.Predict(wrong)).Should().Throw<ArgumentException>().WithMessage("*[B, 2, 40]*[2, 2, 41]*");
    }

    // A few training-mode passes move the batch norms' running statistics away from 0 and 1; then evaluation.
    static void Train(Engine.Network.Supernet network, long[] shape)
    {
        using (no_grad())
        {
            for (var i = 0; i < 3; i++)
            {
                using var scope = NewDisposeScope();
                network.forward(randn(shape) * 2 + 0.5);
            }
        }
        network.eval();
    }

    static float MaxDifference(Tensor actual, Tensor expected)
    {
        using (actual)
        {
            actual.shape.Should().Equal(expected.shape);
            using var difference = (actual - expected).abs().max();
            return difference.item<float>();
        }
    }
}
