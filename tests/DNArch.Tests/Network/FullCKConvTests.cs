using static TorchSharp.torch;
using static DNArch.Tests.Network.NetworkTestSetup;

namespace DNArch.Tests.Network;

/// <summary>The stem's full conv against PyTorch's ungrouped conv on its own generated kernels.</summary>
[Collection(TorchCollection.Name)]
public sealed class FullCKConvTests
{
    [Theory]
    [InlineData("1", 8)]
    [InlineData("1", 3)]
    [InlineData("100000", 8)]
    [InlineData("100000", 3)]
    public void Equals_an_ungrouped_conv_over_every_input_channel(string fftThreshold, int outputs)
    {
        // Images: 2 input channels, 12×10, centred 7×7 kernels; the FFT path (threshold 1) and the direct one.
        using var network = Factory().Create(Search(("Network:FftThreshold", fftThreshold),
            ("Masks:KernelSize:InitialSize", "0.6")), Images);
        using var scope = NewDisposeScope();
        var conv = network.Stem.Conv;
        var x = randn(3, 2, 12, 10, generator: new Generator().manual_seed(7));

        var kernel = conv.Kernel(outputs * 2);
        var (kh, kw) = (kernel.shape[1], kernel.shape[2]);
        var padded = nn.functional.pad(x, [kw / 2, kw - 1 - kw / 2, kh / 2, kh - 1 - kh / 2]);
        var expected = nn.functional.conv2d(padded, kernel.view(outputs, 2, kh, kw));

        var actual = conv.forward(x, outputs);
        actual.shape.Should().Equal(3, outputs, 12, 10);
        (actual - expected).abs().max().item<float>().Should().BeLessThan(1e-4f);
        expected.abs().max().item<float>().Should().BeGreaterThan(1e-2f, "the comparison must not be between zeros");
    }
}
