using DNArch.Abstractions.Kernels;
using DNArch.Plugins.Kernels;
using static TorchSharp.torch;

namespace DNArch.Tests.Kernels;

[Collection(TorchCollection.Name)]
public sealed class MagnetKernelTests
{
    [Fact]
    public void Gabor_gammas_start_as_gamma_samples_with_mean_alpha_over_layer_and_beta()
    {
        using var scope = NewDisposeScope();
        random.manual_seed(7);
        const double alpha = 6, beta = 2;
        using var generator = (MagnetKernel)KernelPlugins.Create("magnet", new KernelSpec(2, 4, 1.0),
            ("Hidden", "512"), ("Layers", "3"), ("Beta", $"{beta}"));
        for (var i = 0; i < 3; i++)
        {
            var gamma = generator.Filters[i].Gamma;
            var shape = alpha / (i + 1);
            // 1024 draws of Gamma(k, β): mean k/β, standard error √k/β/32; allow four of them.
            gamma.mean().item<float>().Should().BeApproximately((float)(shape / beta), (float)(4 * Math.Sqrt(shape) / beta / 32));
            gamma.var().item<float>().Should().BeApproximately((float)(shape / beta / beta), (float)(0.3 * shape / beta / beta));
            gamma.min().item<float>().Should().BeGreaterThan(0);
        }
    }

    [Fact]
    public void Gabor_centres_start_uniform_in_the_kernel_domain()
    {
        using var scope = NewDisposeScope();
        random.manual_seed(8);
        using var generator = (MagnetKernel)KernelPlugins.Create("magnet", new KernelSpec(1, 4, 1.0), ("Hidden", "512"));
        var mu = generator.Filters[0].Mu;
        mu.min().item<float>().Should().BeInRange(-1f, -0.95f);
        mu.max().item<float>().Should().BeInRange(0.95f, 1f);
    }

    [Fact]
    public void Gabor_filter_is_a_windowed_sine_that_vanishes_far_from_its_centre()
    {
        using var scope = NewDisposeScope();
        using var filter = new GaborFilter(dimensions: 1, hidden: 8, omega0: 1, alpha: 6, beta: 1);
        using (no_grad())
        {
            filter.Gamma.fill_(4);
            filter.Mu.fill_(0.5);
        }
        var values = filter.forward(tensor(new[] { 0.5f, 5f }).unsqueeze(1));
        values[1].abs().max().item<float>().Should().BeLessThan(1e-6f);
        // At the centre the window is 1: the value is the sine of the filter's linear map.
        var parameters = filter.named_parameters().ToDictionary(p => p.name, p => p.parameter);
        var sine = (parameters["linear.weight"].squeeze(1) * 0.5f + parameters["linear.bias"]).sin();
        values[0].allclose(sine, rtol: 1e-5, atol: 1e-6).Should().BeTrue();
    }

    [Fact]
    public void Gabor_frequencies_start_scaled_by_two_pi_omega0_gamma()
    {
        using var scope = NewDisposeScope();
        random.manual_seed(9);
        const double omega0 = 10;
        using var filter = new GaborFilter(dimensions: 2, hidden: 256, omega0: omega0, alpha: 6, beta: 1);
        var weight = filter.named_parameters().Single(p => p.name == "linear.weight").parameter;
        // Unscaled, the weights are Linear's default draw U(-1/√in, 1/√in).
        var unscaled = weight / (filter.Gamma * (2 * Math.PI * omega0));
        var bound = 1 / Math.Sqrt(2);
        unscaled.abs().max().item<float>().Should().BeLessThanOrEqualTo((float)bound * 1.0001f).And.BeGreaterThan((float)(0.95 * bound));
    }
}
