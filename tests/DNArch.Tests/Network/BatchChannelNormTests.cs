using DNArch.Engine.Network;
using static TorchSharp.torch;

namespace DNArch.Tests.Network;

/// <summary>Batch norm on the active channels against statistics computed by hand.</summary>
[Collection(TorchCollection.Name)]
public sealed class BatchChannelNormTests
{
    [Fact]
    public void Training_normalises_each_active_channel_over_batch_and_positions_and_updates_only_its_running_statistics()
    {
        using var norm = ChannelNorm.Create(NormKind.Batch, "norm", 5);
        norm.train();
        using var scope = NewDisposeScope();
        var x = randn(4, 5, 6, 7, generator: new Generator().manual_seed(3)) * 3 + 2;

        var y = norm.forward(x, active: 3);

        var active = x.narrow(1, 0, 3);
        var mean = active.mean([0L, 2L, 3L], keepdim: true);
        var variance = active.var([0L, 2L, 3L], unbiased: false, keepdim: true);
        var expected = (active - mean) / (variance + 1e-5).sqrt();
        (y.narrow(1, 0, 3) - expected).abs().max().item<float>().Should().BeLessThan(1e-4f);
        y.narrow(1, 3, 2).abs().max().item<float>().Should().Be(0f, "inactive channels stay zero");

        var buffers = norm.named_buffers().ToDictionary(b => b.name, b => b.buffer);
        var runningMean = buffers["running_mean"];
        (runningMean.narrow(0, 0, 3) - 0.1 * mean.flatten()).abs().max().item<float>().Should().BeLessThan(1e-5f);
        runningMean.narrow(0, 3, 2).abs().max().item<float>().Should().Be(0f);
        (buffers["running_var"].narrow(0, 3, 2) - 1).abs().max().item<float>().Should().Be(0f);
    }

    [Fact]
    public void Evaluation_uses_the_running_statistics()
    {
        using var norm = ChannelNorm.Create(NormKind.Batch, "norm", 4);
        using var scope = NewDisposeScope();
        var x = randn(8, 4, 10, generator: new Generator().manual_seed(5)) * 2 + 1;
        norm.train();
        norm.forward(x, active: 4);
        norm.eval();

        var y = norm.forward(x, active: 4);

        var buffers = norm.named_buffers().ToDictionary(b => b.name, b => b.buffer);
        var expected = (x - buffers["running_mean"].view(1, 4, 1)) / (buffers["running_var"].view(1, 4, 1) + 1e-5).sqrt();
        (y - expected).abs().max().item<float>().Should().BeLessThan(1e-4f);
        buffers["running_mean"].abs().max().item<float>().Should().BeGreaterThan(0.01f, "training moved them");
    }

    [Fact]
    public void Averaging_makes_the_active_running_statistics_the_plain_mean_of_the_batches_then_momentum_resumes()
    {
        using var norm = ChannelNorm.Create(NormKind.Batch, "norm", 4);
        var batchNorm = (BatchChannelNorm)norm;
        using var scope = NewDisposeScope();
        var generator = new Generator().manual_seed(11);
        norm.train();
        norm.forward(randn(8, 4, 5, generator: generator) * 4 + 3, active: 4);
        var buffers = norm.named_buffers().ToDictionary(b => b.name, b => b.buffer);
        var staleFourth = (buffers["running_mean"][3].item<float>(), buffers["running_var"][3].item<float>());
        var batches = new[] { (6, 1.0, -2.0), (4, 3.0, 1.0), (10, 0.5, 4.0) }
            .Select(b => randn(b.Item1, 4, 5, generator: generator) * b.Item2 + b.Item3).ToList();

        batchNorm.BeginAveraging();
        foreach (var x in batches) norm.forward(x, active: 3);
        batchNorm.EndAveraging();

        // Per batch: the active channels' mean over batch and positions and their unbiased variance, as batch_norm keeps.
        var means = stack(batches.Select(x => x.narrow(1, 0, 3).mean([0L, 2L])).ToList()).mean([0L]);
        var variances = stack(batches.Select(x => x.narrow(1, 0, 3).var([0L, 2L], unbiased: true)).ToList()).mean([0L]);
        (buffers["running_mean"].narrow(0, 0, 3) - means).abs().max().item<float>().Should().BeLessThan(1e-5f);
        (buffers["running_var"].narrow(0, 0, 3) - variances).abs().max().item<float>().Should().BeLessThan(1e-4f);
        (buffers["running_mean"][3].item<float>(), buffers["running_var"][3].item<float>()).Should().Be(staleFourth, "an inactive channel is untouched");

        var next = randn(5, 4, 5, generator: generator) + 7;
        norm.forward(next, active: 3);
        var expected = 0.9 * means + 0.1 * next.narrow(1, 0, 3).mean([0L, 2L]);
        (buffers["running_mean"].narrow(0, 0, 3) - expected).abs().max().item<float>().Should().BeLessThan(1e-5f);
    }
}
