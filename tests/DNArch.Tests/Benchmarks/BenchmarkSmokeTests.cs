using DNArch.Benchmarks;
using DNArch.Tests.Support;

namespace DNArch.Tests.Benchmarks;

[Collection(TorchCollection.Name)]
public sealed class BenchmarkSmokeTests
{
    [Fact]
    public void Smoke_mode_starts_and_writes_the_report_with_charts()
    {
        using var temp = new TempDirectory();
        var docs = Path.Combine(temp.Path, "docs", "benchmarks.md");
        var main = typeof(SmokeRun).Assembly.EntryPoint!;

        var exit = main.Invoke(null, [new[] { "smoke", "--results", temp.Sub("results"), "--docs", docs }]);

        exit.Should().Be(0);
        File.ReadAllText(docs).Should().Contain("## 1. Against PyTorch").And.Contain("## 2. Dynamic cropping")
            .And.Contain("**On one thread**")
            .And.Contain("## 3. Long sequences").And.Contain("| fft-checkpointed |").And.Contain("peak RSS MiB")
            .And.Contain("Libraries of each side").And.Contain("| MKL")
            .And.Contain("## Roofline").And.Contain("plain CNN, width").And.Contain("of peak")
            .And.Contain("## Profile");
        Directory.GetFiles(Path.Combine(temp.Path, "docs", "benchmarks"), "*.png").Should().HaveCount(3);
    }
}
