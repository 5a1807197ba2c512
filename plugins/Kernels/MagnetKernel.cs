using DNArch.Abstractions.Kernels;
using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace DNArch.Plugins.Kernels;

/// <summary>
/// MAGNet, CCNN's multiplicative anisotropic Gabor network: <c>h0 = g0(x)</c>, <c>h_i = g_i(x) ⊙ (W_i h_{i-1} + b_i)</c>,
/// <c>out = W_out h_L + b_out</c>, with <see cref="GaborFilter"/>s <c>g_i</c> whose γ is drawn from
/// Gamma(α/(i+1), β). As in CCNN the mixing layers start Kaiming-uniform (linear gain) with bias 1.
/// </summary>
public sealed class MagnetKernel : KernelNetwork
{
    readonly GaborFilter[] filters;
    readonly Linear[] mixers;

    public MagnetKernel(KernelSpec spec, MagnetKernelOptions options) : base(nameof(MagnetKernel), spec, options)
    {
        var omega0 = options.Omega0For(spec.GridPoints);
        filters = Enumerable.Range(0, options.Layers)
            .Select(i => new GaborFilter(spec.Dimensions, Hidden, omega0, options.Alpha / (i + 1), options.Beta))
            .ToArray();
        mixers = Enumerable.Range(1, options.Layers - 1)
            .Select(_ => nn.Linear(Hidden, Hidden))
            .ToArray();
        using (no_grad())
        {
            foreach (var mixer in mixers)
            {
                nn.init.kaiming_uniform_(mixer.weight!, nonlinearity: nn.init.NonlinearityType.Linear);
                mixer.bias!.fill_(1.0);
            }
        }
        register_module("filters", new ModuleList<GaborFilter>(filters));
        register_module("mixers", new ModuleList<Linear>(mixers));
    }

    public IReadOnlyList<GaborFilter> Filters => filters;

    protected override long FeatureMacs =>
        filters.Sum(f => f.MacsPerPosition) + (long)mixers.Length * (Hidden * Hidden + Hidden);

    protected override Tensor Features(Tensor coordinates)
    {
        var features = filters[0].forward(coordinates);
        for (var i = 1; i < filters.Length; i++)
            features = filters[i].forward(coordinates) * mixers[i - 1].forward(features);
        return features;
    }
}
