using DNArch.Abstractions.Datasets;
using DNArch.Plugins.Datasets.Darcy;

namespace DNArch.Tests.Datasets;

[Collection(TorchCollection.Name)]
public sealed class DarcyTests : IDisposable
{
    readonly DatasetFiles cache = new();

    public void Dispose() => cache.Dispose();

    /// <summary>Max-norm error of the solver on u* = sin(πx)sin(πy) with a = 1 + x² + y and f = −∇·(a∇u*).</summary>
    static double ManufacturedError(int n)
    {
        var a = new double[n * n];
        var f = new double[n * n];
        var exact = new double[n * n];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                double x = (double)i / (n - 1), y = (double)j / (n - 1), pi = Math.PI;
                var u = Math.Sin(pi * x) * Math.Sin(pi * y);
                var coefficient = 1 + x * x + y;
                var ux = pi * Math.Cos(pi * x) * Math.Sin(pi * y);
                var uy = pi * Math.Sin(pi * x) * Math.Cos(pi * y);
                a[i * n + j] = coefficient;
                exact[i * n + j] = u;
                f[i * n + j] = -(2 * x * ux + 1 * uy - 2 * pi * pi * coefficient * u);
            }
        }
        var solution = DarcySolver.Solve(a, f, n, tolerance: 1e-12);
        return solution.Zip(exact, (s, e) => Math.Abs(s - e)).Max();
    }

    [Fact]
    public void The_solver_converges_at_second_order_on_a_manufactured_solution()
    {
        var errors = new[] { 17, 33, 65 }.Select(ManufacturedError).ToArray();
        errors[0].Should().BeLessThan(1e-2);
        (errors[0] / errors[1]).Should().BeInRange(3.6, 4.4);
        (errors[1] / errors[2]).Should().BeInRange(3.6, 4.4);
    }

    [Fact]
    public void The_plugin_generates_two_phase_permeability_and_positive_pressure_and_caches_them()
    {
        var section = DatasetFiles.Section(("CacheDirectory", cache.Folder), ("Resolution", "21"),
            ("TrainCount", "6"), ("ValidationCount", "2"), ("TestCount", "2"));
        var dataset = new DarcyDatasetPlugin().Open(section, seed: 9);
        dataset.Info.Task.Should().Be(TaskKind.DensePrediction);
        dataset.Info.OutputChannels.Should().Be(1);
        var (a, u) = dataset.Batch(DataSplit.Train, [0, 5]);
        a.shape.Should().Equal(2, 1, 21, 21);
        u.shape.Should().Equal(2, 1, 21, 21);
        a.unique().Item1.shape[0].Should().Be(2, "the permeability takes two values");
        u[.., .., 0].abs().max().item<float>().Should().Be(0);
        u[.., .., 10, 10].min().item<float>().Should().BeGreaterThan(0);

        var again = new DarcyDatasetPlugin().Open(section, seed: 9);
        Directory.GetFiles(cache.Folder).Should().ContainSingle();
        again.Batch(DataSplit.Train, [5]).Targets.data<float>().ToArray().Should().Equal(u[1].data<float>().ToArray());
    }

    /// <summary>A cache damaged in its length field, or holding a NaN, fails its checksum and is generated again.</summary>
    [Theory]
    [InlineData("length")]
    [InlineData("nan")]
    public void A_damaged_cache_is_detected_and_generated_again(string damage)
    {
        var section = DatasetFiles.Section(("CacheDirectory", cache.Folder), ("Resolution", "9"),
            ("TrainCount", "3"), ("ValidationCount", "1"), ("TestCount", "1"));
        var (_, original) = new DarcyDatasetPlugin().Open(section, seed: 4).Batch(DataSplit.Train, [2]);
        var file = Directory.GetFiles(cache.Folder).Single();
        var bytes = File.ReadAllBytes(file);
        var values = bytes.Length - 32 - 2 * 5 * 81 * 4;
        if (damage == "length") BitConverter.GetBytes(int.MaxValue).CopyTo(bytes, values - 4);
        else BitConverter.GetBytes(float.NaN).CopyTo(bytes, values + 4 * 81 * 7);
        File.WriteAllBytes(file, bytes);

        var (_, again) = new DarcyDatasetPlugin().Open(section, seed: 4).Batch(DataSplit.Train, [2]);

        again.data<float>().ToArray().Should().Equal(original.data<float>().ToArray());
        again.isfinite().all().item<bool>().Should().BeTrue();
        File.ReadAllBytes(file).Should().NotEqual(bytes, "the damaged cache was replaced");
    }
}
