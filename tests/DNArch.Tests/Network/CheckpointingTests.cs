using DNArch.Abstractions.Datasets;
using DNArch.Engine.Network;
using DNArch.Tests.Support;
using TorchSharp;
using static TorchSharp.torch;
using static DNArch.Tests.Network.NetworkTestSetup;

namespace DNArch.Tests.Network;

/// <summary>
/// Activation checkpointing recomputes each block in the backward: the gradients of every parameter (weights and
/// architecture), the BatchNorm statistics and the random draws (dropout) must be those of a plain step.
/// </summary>
[Collection(TorchCollection.Name)]
public sealed class CheckpointingTests : IDisposable
{
    readonly TempDirectory temp = new();

    public void Dispose() => temp.Dispose();

    [Theory]
    [InlineData(true, true)]
    [InlineData(true, false)]
    [InlineData(false, true)]
    [InlineData(false, false)]
    public void Gradients_and_norm_statistics_equal_those_of_a_plain_step(bool sequences, bool cropping)
    {
        var data = sequences ? Sequences : Images with { Task = TaskKind.Classification };
        using var plain = Network(data, cropping, checkpointing: false);
        using var checkpointed = Network(data, cropping, checkpointing: true);
        using var x = randn([4, data.InputChannels, .. data.Shape]);
        using var labels = randint(data.OutputChannels, [4]);

        Step(plain, x, labels);
        Step(checkpointed, x, labels);

        var expected = plain.named_parameters().ToList();
        var actual = checkpointed.named_parameters().ToDictionary(p => p.name, p => p.parameter);
        actual.Should().HaveCount(expected.Count);
        foreach (var (name, parameter) in expected)
        {
            parameter.grad.Should().NotBeNull(name);
            actual[name].grad.Should().NotBeNull(name);
            Close(actual[name].grad!, parameter.grad!, name);
        }
        using (NewDisposeScope())
            checkpointed.ArchitectureParameters().Should().NotBeEmpty()
                .And.OnlyContain(p => p.grad!.abs().max().item<float>() > 0);
        var buffers = checkpointed.named_buffers().ToDictionary(b => b.name, b => b.buffer);
        foreach (var (name, buffer) in plain.named_buffers()) Close(buffers[name], buffer, name);
    }

    [Fact]
    public void A_search_with_checkpointing_trains_as_one_without()
    {
        using var host = new EngineHost();
        var plain = host.Finished(EngineHost.TinySearch(temp.Sub("plain")));
        var settings = EngineHost.TinySearch(temp.Sub("checkpointed"));
        settings["Search:Network:Checkpointing"] = "true";

        var checkpointed = host.Finished(settings);

        RunFiles.Comparable(checkpointed).Should().Equal(RunFiles.Comparable(plain));
    }

    // Every dimension partly cropped (so the cropped and the masked full network differ), dropout on, BatchNorm.
    static Supernet Network(DatasetInfo data, bool cropping, bool checkpointing)
    {
        manual_seed(6);
        var network = Factory().Create(Search(("Resampling:InitialCutoff", "0.75"), ("Masks:Width:InitialSize", "0.6"),
            ("Masks:KernelSize:InitialSize", "0.5"), ("Masks:Depth:InitialSize", "0.8"), ("Network:Dropout", "0.2"),
            ("Network:Checkpointing", checkpointing ? "true" : "false")), data);
        network.Cropping = cropping;
        network.Checkpointing.Should().Be(checkpointing);
        network.train();
        return network;
    }

    static void Step(Supernet network, Tensor x, Tensor labels)
    {
        using var scope = NewDisposeScope();
        manual_seed(9);
        nn.functional.cross_entropy(network.forward(x), labels).backward();
    }

    static void Close(Tensor actual, Tensor expected, string name)
    {
        using var scope = NewDisposeScope();
        var scale = Math.Max(1e-3f, expected.abs().max().item<float>());
        (actual - expected).abs().max().item<float>().Should().BeLessThanOrEqualTo(1e-5f * scale, name);
    }
}
